#pragma once

#include "pagedquery.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>

class Database;

/// Counts a list's rows per status on a worker thread with its own connection, so that a count
/// over a million filtered rows never holds up the window. Only the newest request is answered:
/// requests overtaken by a newer one before their turn are skipped.
class StatusCounter : public QObject
{
    Q_OBJECT
public:
    StatusCounter(const Database& database, const TableSpec& spec, QObject* parent = nullptr);
    ~StatusCounter() override;

    /// Starts counting the rows `request` selects (its status and cursor are ignored); counted()
    /// follows with `ticket`.
    void count(const PagedQuery::Request& request, quint64 ticket);

signals:
    /// On the thread that owns this object. `error` is translated; the counts are then empty.
    void counted(quint64 ticket, const QHash<QString, qint64>& counts, const QString& error);

private:
    void work(const PagedQuery::Request& request, quint64 ticket);

    const Database& m_database;
    TableSpec m_spec;
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives in m_thread; the connection is opened there
    std::unique_ptr<Database> m_connection; ///< used in m_thread only
    std::atomic<quint64> m_newest {0};
};
