#pragma once

#include <QObject>
#include <QSqlDriver>

class Database;

/// Changes other clients make on a shared PostgreSQL server, as they are committed: the database
/// notifies the channel marketdesk_changes (migration 0009) and the feed turns each notification
/// into changed(). On SQLite there is no other client and the feed stays silent.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* channel = "marketdesk_changes";

    explicit ChangeFeed(Database& database, QObject* parent = nullptr);

    /// Listens on the channel; false on SQLite or when the server refuses.
    bool start();

signals:
    /// `entity` is "invoice_request", "vendor", "application", "order", "delivery" or "contract";
    /// `ids` the changed rows, empty when too many changed to list (read everything again).
    void changed(const QString& entity, const QStringList& ids);

private:
    void receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_database;
};
