#include "demowindowsetup.h"

#include "demodatawriter.h"

#include <QDateTime>
#include <QTemporaryDir>

QString DemoWindowSetup::writeDemoData(Database& database)
{
    return DemoDataWriter(database, QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC)).write(2000);
}

std::unique_ptr<QSettings> DemoWindowSetup::emptyPreferences(const QTemporaryDir& folder)
{
    auto preferences
        = std::make_unique<QSettings>(folder.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
    preferences->clear();
    return preferences;
}
