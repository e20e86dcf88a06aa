#include "changefeed.h"

#include "database.h"
#include "query.h"
#include "serverprobe.h"

#include <QPointer>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

ChangeFeed::ChangeFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

bool ChangeFeed::start(int heartbeatMs)
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres || !m_database.isOpen() || !subscribe())
        return false;
    m_database.addReconnectListener([feed = QPointer<ChangeFeed>(this)] {
        if (!feed)
            return;
        // A new server session listens on nothing: the driver's old subscription is dropped first.
        feed->m_database.connection().driver()->unsubscribeFromNotification(feed->channel());
        feed->subscribe();
        emit feed->reconnected();
    });
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeFeed::beat);
    m_heartbeat->start(heartbeatMs);
    // A probe that gets no answer gives up by the next beat, which starts a new one.
    m_probe = new ServerProbe(
        std::max(std::chrono::milliseconds(heartbeatMs), std::chrono::milliseconds(1000)), this);
    connect(m_probe, &ServerProbe::finished, this, [this](const QString& error) {
        // The server has just answered the probe's start-up: the reconnection waits for it as
        // long as for a first connection.
        if (error.isEmpty() && m_database.transactionDepth() == 0
            && (!m_database.hasLostConnection() || m_database.reconnect()))
            check();
    });
    return true;
}

QString ChangeFeed::channel()
{
    if (m_channel.isEmpty()) {
        Query schema(m_database, QStringLiteral("SELECT current_schema()"));
        schema.exec();
        if (schema.next())
            m_channel = QStringLiteral("marketdesk_changes_") + schema.value(0).toString();
    }
    return m_channel;
}

bool ChangeFeed::subscribe()
{
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver->subscribedToNotifications().contains(channel())
        && !driver->subscribeToNotification(channel()))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::receive, Qt::UniqueConnection);
    return true;
}

void ChangeFeed::beat()
{
    if (m_database.transactionDepth() > 0 || m_probe->isProbing())
        return;
    if (m_lost)
        m_probe->start(m_database.url(), m_database.connection().password());
    else
        check();
}

void ChangeFeed::check()
{
    // Not through Query, which would connect again on this thread when the connection is lost,
    // waiting for a server that may hang: the probe of the next beats asks first.
    QSqlQuery ping(m_database.connection());
    if (ping.exec(QStringLiteral("SELECT 1"))) {
        m_lost = false;
    } else if (m_database.hasLostConnection()) {
        if (!m_lost)
            emit connectionLost();
        m_lost = true;
    }
}

void ChangeFeed::receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This client's own changes reach its screens through the services already.
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    const QString list = text.mid(colon + 1);
    emit changed(text.left(colon),
                 list == QStringLiteral("*") ? QStringList()
                                             : list.split(QLatin1Char(','), Qt::SkipEmptyParts));
}
