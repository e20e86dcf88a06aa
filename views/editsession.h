#pragma once

#include <QDateTime>
#include <QString>

class Database;

/// While it lives, others see that `holder` has the record open for editing (EditPresence): it
/// announces itself when made and withdraws when destroyed. Presence is advice, so a failure to
/// write it never stops the editing. `entity` is a ChangeFeed entity name ("vendor",
/// "invoice_request", …), so that the announcement reaches the other clients' pages at once.
class EditSession
{
public:
    EditSession(Database& database, const QString& entity, const QString& entityId, const QString& holder,
                const QDateTime& now);
    ~EditSession();
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

private:
    Database& m_database;
    QString m_entity;
    QString m_entityId;
    QString m_holder;
};
