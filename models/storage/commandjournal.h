#pragma once

#include "commandheader.h"
#include "storageerror.h"
#include "transaction.h"
#include "writeoutcome.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Database;

/// The commands_applied table and the audit log: what every service writes beside its change,
/// inside the same transaction.
class CommandJournal
{
    Q_DECLARE_TR_FUNCTIONS(CommandJournal)
public:
    explicit CommandJournal(Database& database)
        : m_database(database)
    { }

    /// Applies `command` as one transaction, the frame of every service's write: a command whose id
    /// was applied before is not applied again (AlreadyApplied); otherwise `write(journal)` makes
    /// and audits the change, and only when it returns Done is the command recorded and the
    /// transaction committed. Any other outcome, or a StorageError (returned as Failed), rolls the
    /// whole command back. `Command` has a static `name`, a `header` and `toJson()`.
    template<typename Command, typename Write>
    static WriteOutcome applyOnce(Database& database, const Command& command, Write write)
    {
        try {
            Transaction transaction(database);
            CommandJournal journal(database);
            if (journal.alreadyApplied(command.header.id))
                return WriteOutcome::alreadyApplied();
            WriteOutcome outcome = write(journal);
            if (outcome.kind != WriteOutcome::Kind::Done)
                return outcome;
            journal.recordCommand(Command::name, command.header, command.toJson());
            transaction.commit();
            return outcome;
        } catch (const StorageError& error) {
            return WriteOutcome::failed(failureMessage(error));
        }
    }

    /// What a command that failed with `error` tells the user: when the server is out of reach,
    /// that nothing was saved and that the same save goes through once the connection is back.
    static QString failureMessage(const StorageError& error);
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
