#pragma once

#include <QObject>
#include <QSqlDriver>

class QTimer;

class Database;
class ServerProbe;

/// Changes other clients make on a shared PostgreSQL server, as they are committed: the database
/// notifies the channel marketdesk_changes_<schema> (migration 0009) and the feed turns each notification
/// into changed(). A heartbeat notices a lost connection (server restart, network drop) while the
/// user is idle. It then waits for the server to answer a connection's start-up (ServerProbe)
/// without blocking, and only then connects again, so a server that does not answer never holds
/// the window's thread; the feed listens again on the new session. On SQLite there is no other client
/// and the feed stays silent.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database& database, QObject* parent = nullptr);

    /// Listens on the channel and checks the connection every `heartbeatMs`; false on SQLite or
    /// when the server refuses.
    bool start(int heartbeatMs = 5000);

signals:
    /// The connection was lost and is back; changes made meanwhile were not announced.
    void reconnected();
    /// The connection is lost and the server cannot be reached (yet). Retried at every heartbeat.
    void connectionLost();
    /// `entity` is "invoice_request", "vendor", "application", "order", "delivery" or "contract";
    /// `ids` the changed rows, empty when too many changed to list (read everything again).
    void changed(const QString& entity, const QStringList& ids);

private:
    void receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    bool subscribe();
    /// marketdesk_changes_<the session's schema>, as the triggers name it.
    QString channel();
    void beat();
    /// Checks the connection with a statement; one that finds it lost leaves reconnecting to the
    /// next beats.
    void check();

    Database& m_database;
    QTimer* m_heartbeat = nullptr;
    bool m_lost = false;
    ServerProbe* m_probe = nullptr; ///< while the connection is lost: whether the server answers
    QString m_channel;
};
