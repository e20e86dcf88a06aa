#pragma once

#include "databaseurl.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSettings;

/// Decides which database to open: --database, else MARKETDESK_DATABASE, else the saved setting,
/// else the embedded SQLite file in the user's data folder.
class DatabaseLocator
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocator)
public:
    struct Located
    {
        std::optional<DatabaseUrl> url;
        QString source; ///< translated: where the URL came from
        QString error; ///< translated; empty when url holds
        /// True when --database or MARKETDESK_DATABASE chose: a saved connection then waits for a
        /// start without them.
        bool overridesSaved = false;
    };

    /// `dataFolder` is where the embedded default lives (AppDataLocation).
    static Located locate(const std::optional<QString>& option, const QString& environment,
                          const QSettings& settings, const QString& dataFolder);
    /// Saves `url` as the connection of later starts; returns the source it then has.
    static QString save(const DatabaseUrl& url, QSettings& settings);

private:
    static QString savedSource();
};
