#pragma once

#include "database.h"

#include <functional>
#include <memory>
#include <optional>

class QSettings;

/// Opens and sets up (migrates) the database MarketDesk starts on. When that fails, `recover` —
/// in the window, DatabaseFailureDialog — is asked what to try next: the same database again, or
/// another one, which is then saved as the connection of later starts; or nothing, to give up.
class StartupDatabase
{
public:
    struct Choice
    {
        DatabaseUrl url;
        QString password; ///< typed while choosing it; empty when none was asked
    };
    /// Before each attempt: waits until `url` can be reached; returns why not (translated), or
    /// nothing to go on and open it.
    using Reach = std::function<QString(const DatabaseUrl& url)>;
    using Recovery = std::function<std::optional<Choice>(const DatabaseUrl& failed, const QString& source,
                                                         const QString& error)>;
    /// Brings the schema of the database just opened up to date its own way (on a worker, with
    /// progress and Cancel); returns why it could not (translated), or nothing.
    using Upgrade = std::function<QString(Database& database)>;
    /// How the user takes part; each may be left out. Without `recover` the first failure is final.
    struct Interaction
    {
        Database::PasswordPrompt prompt;
        Reach reach;
        Recovery recover;
        Upgrade upgrade; ///< without it the schema is brought up to date on this thread
    };
    struct Opened
    {
        std::unique_ptr<Database> database; ///< open and migrated; null on failure
        QString source; ///< translated: where its URL came from
        QString error; ///< translated: why the last attempt failed, when database is null
    };

    /// `source` says where `url` came from.
    static Opened open(const DatabaseUrl& url, const QString& source, QSettings& settings,
                       const Interaction& interaction = {});

private:
    static QString openAndMigrate(Database& database, const Database::PasswordPrompt& prompt,
                                  const Upgrade& upgrade);
};
