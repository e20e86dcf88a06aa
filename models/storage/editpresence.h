#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// Who has a record open for editing (issue 6): an editor announces itself when it opens and
/// withdraws when it closes; others read who else is there. Methods throw StorageError.
class EditPresence
{
public:
    struct Editor
    {
        QString holder;
        QDateTime since; ///< UTC
    };

    /// Announcements older than this are a crashed client's and are ignored.
    static constexpr qint64 staleAfterMs = qint64(60) * 60 * 1000;

    explicit EditPresence(Database& database)
        : m_database(database)
    { }

    void announce(const QString& entity, const QString& entityId, const QString& holder,
                  const QDateTime& now);
    void withdraw(const QString& entity, const QString& entityId, const QString& holder);
    /// The other holders editing the record at `now`, earliest first.
    QList<Editor> others(const QString& entity, const QString& entityId, const QString& holder,
                         const QDateTime& now);

private:
    Database& m_database;
};
