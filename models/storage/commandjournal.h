#pragma once

#include "commandheader.h"

#include <QJsonObject>
#include <QString>

class Database;

/// The commands_applied table and the audit log: what every service writes beside its change,
/// inside the same transaction.
class CommandJournal
{
public:
    explicit CommandJournal(Database& database)
        : m_database(database)
    { }

    /// True when a command with this id was already applied. Runs inside the caller's transaction.
    bool alreadyApplied(const CommandId& id);
    /// Records the command (name, actor, time, full JSON payload) as applied.
    void recordCommand(const char* name, const CommandHeader& header, const QJsonObject& payload);
    /// Appends one audit row. `before`/`after` are the changed fields; an empty object is stored as
    /// NULL (creation has no before, deletion no after). The row id is derived from the command id
    /// and the entity so that replaying a command yields the same audit ids.
    void audit(const char* commandName, const CommandHeader& header, const QString& entity,
               const QString& entityId, const QString& action, const QJsonObject& before,
               const QJsonObject& after);
    /// Audits and records a file import as one command: the file's name and the lines imported and
    /// rejected, on the entity `entity` with the command's id.
    void recordImport(const char* commandName, const CommandHeader& header, const QString& entity,
                      const QString& fileName, int imported, int rejected);

private:
    Database& m_database;
};
