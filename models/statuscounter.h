#pragma once

#include "pagedquery.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

class Database;
class StatementCanceller;

/// Counts a list's rows per status on a worker thread with its own connection, so that a count
/// over a million filtered rows never holds up the window. Only the newest request is answered:
/// requests overtaken by a newer one before their turn are skipped, and a count still running
/// when a newer request comes (or the counter goes) is cancelled, so that it neither delays the
/// newer count nor keeps the database busy. The cancel is sent again until that count has ended:
/// a cancel that reaches the server between two statements of a count is ignored there.
class StatusCounter : public QObject
{
    Q_OBJECT
public:
    StatusCounter(const Database& database, const TableSpec& spec, QObject* parent = nullptr);
    ~StatusCounter() override;

    /// Starts counting, one after the other, the rows each of `requests` selects per status (their
    /// status and cursors are ignored); counted() follows with `ticket`, which is above 0 and
    /// above the tickets before it.
    void count(const QList<PagedQuery::Request>& requests, quint64 ticket);
    /// Drops the count under way and any queued one: counted() follows for none of them. For a
    /// list whose counts the database keeps, so that a count of its former filters does not go on
    /// scanning beside the list's next queries.
    void cancel();
    /// A count runs on the worker's connection now.
    bool isCounting() const;

signals:
    /// On the thread that owns this object, with the counts of each request in their order.
    /// `error` is translated; the counts are then empty.
    void counted(quint64 ticket, const QList<QHash<QString, qint64>>& counts, const QString& error);

private:
    void work(const QList<PagedQuery::Request>& requests, quint64 ticket);
    /// Cancels the count running on the worker's connection if it is no longer wanted; false when
    /// none such runs.
    bool cancelUnwanted();
    /// Made on the worker's connection, after it opens and after each reconnection.
    void makeCanceller();

    const Database& m_database;
    TableSpec m_spec;
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives in m_thread; the connection is opened there
    std::unique_ptr<Database> m_connection; ///< used in m_thread only
    std::atomic<quint64> m_newest {0};
    QTimer m_cancelRepeat; ///< sends the cancel again while an unwanted count runs
    mutable std::mutex m_runningMutex; ///< guards the two below across the threads
    std::unique_ptr<StatementCanceller> m_canceller; ///< for m_connection, made and dropped in m_thread
    quint64 m_runningTicket = 0; ///< of the count running on m_connection; 0 when none runs
};
