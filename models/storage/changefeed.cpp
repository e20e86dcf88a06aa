#include "changefeed.h"

#include "database.h"

#include <QVariant>

ChangeFeed::ChangeFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

bool ChangeFeed::start()
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres || !m_database.isOpen())
        return false;
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver->subscribeToNotification(QLatin1String(channel)))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::receive, Qt::UniqueConnection);
    return true;
}

void ChangeFeed::receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This client's own changes reach its screens through the services already.
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    const QString list = text.mid(colon + 1);
    emit changed(text.left(colon),
                 list == QStringLiteral("*") ? QStringList() : list.split(QLatin1Char(','), Qt::SkipEmptyParts));
}
