#include "databaselocator.h"

#include <QDir>
#include <QSettings>

DatabaseLocator::Located DatabaseLocator::locate(const std::optional<QString>& option,
                                                 const QString& environment, const QSettings& settings,
                                                 const QString& dataFolder)
{
    Located located;
    QString text;
    if (option) {
        text = *option;
        located.source = tr("the --database option");
    } else if (!environment.isEmpty()) {
        text = environment;
        located.source = tr("the MARKETDESK_DATABASE variable");
    } else if (const QString saved = settings.value(QStringLiteral("database/url")).toString();
               !saved.isEmpty()) {
        text = saved;
        located.source = tr("the saved settings");
    } else {
        located.url = DatabaseUrl::sqliteFile(QDir(dataFolder).filePath(QStringLiteral("marketdesk.db")));
        located.source = tr("the default location");
        return located;
    }
    located.url = DatabaseUrl::parse(text, &located.error);
    if (!located.url)
        located.error = tr("%1 (from %2)").arg(located.error, located.source);
    return located;
}
