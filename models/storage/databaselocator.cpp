#include "databaselocator.h"

#include <QDir>
#include <QSettings>

namespace {

const QString savedUrlKey = QStringLiteral("database/url");

} // namespace

QString DatabaseLocator::savedSource()
{
    return tr("the saved settings");
}

QString DatabaseLocator::save(const DatabaseUrl& url, QSettings& settings)
{
    settings.setValue(savedUrlKey, url.toString());
    return savedSource();
}

DatabaseLocator::Located DatabaseLocator::locate(const std::optional<QString>& option,
                                                 const QString& environment, const QSettings& settings,
                                                 const QString& dataFolder)
{
    Located located;
    QString text;
    located.overridesSaved = option || !environment.isEmpty();
    if (option) {
        text = *option;
        located.source = tr("the --database option");
    } else if (!environment.isEmpty()) {
        text = environment;
        located.source = tr("the MARKETDESK_DATABASE variable");
    } else if (const QString saved = settings.value(savedUrlKey).toString(); !saved.isEmpty()) {
        text = saved;
        located.source = savedSource();
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
