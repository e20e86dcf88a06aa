#pragma once

#include "alibabamarketplace.h"
#include "marketplacesync.h"

#include <QObject>

#include <memory>

class Clock;
class OutboxSender;
class QSettings;
class QTimer;

/// The running connection to the marketplace, as the app and the command line use it: pulls on
/// demand and every few minutes, and keeps pushing the outbox. Works, and says so, when no
/// marketplace is configured.
class MarketplaceConnector : public QObject
{
    Q_OBJECT
public:
    /// What is kept in the settings file (never the credentials).
    struct Options
    {
        AlibabaMarketplace::Settings provider;
        int pullEveryMinutes = 10; ///< 0: only on demand

        static Options load(QSettings& settings);
        void save(QSettings& settings) const;
    };

    enum class State { NotConfigured, Idle, Pulling };

    MarketplaceConnector(MarketplaceService& service, const Clock& clock, const Options& options,
                         const QString& actor, QObject* parent = nullptr);
    ~MarketplaceConnector() override;

    /// Uses `options` and `credentials` from now on: with complete credentials the pull timer and
    /// the outbox run, without them the connector is not configured.
    void reconfigure(const Options& options, const std::optional<MarketplaceCredentials>& credentials);
    /// Tries `credentials` with one small read; `done` gets the failure's words, empty on success.
    void test(const Options& options, const MarketplaceCredentials& credentials,
              const std::function<void(const QString& error)>& done);

    void pullNow();
    /// Sends the due pushes now (after a request was issued or rejected).
    void pushNow();
    /// Puts the refused pushes of `requestIds` back in the outbox and sends them; returns how many.
    /// Throws StorageError.
    int retryFailed(const QStringList& requestIds);

    State state() const;
    const Options& options() const { return m_options; }
    MarketplaceService& service() const { return m_service; }
    /// For tests and the command line: the sync and the sender of the current configuration, or
    /// null when not configured.
    MarketplaceSync* sync() const { return m_sync.get(); }
    OutboxSender* sender() const { return m_sender.get(); }
    /// What the last pull or push said, for a status line; empty when all went well.
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged();
    void pullFinished(const MarketplaceSync::Report& report);
    void pushesIdle(const QString& error);

private:
    void build(const std::optional<MarketplaceCredentials>& credentials);

    MarketplaceService& m_service;
    const Clock& m_clock;
    Options m_options;
    QString m_actor;
    std::unique_ptr<AlibabaMarketplace> m_provider;
    std::unique_ptr<MarketplaceSync> m_sync;
    std::unique_ptr<OutboxSender> m_sender;
    QTimer* m_pullTimer = nullptr;
    QString m_lastError;
};
