#include "marketplaceconnector.h"

#include "clock.h"
#include "outboxsender.h"

#include <QSettings>
#include <QTimer>

MarketplaceConnector::Options MarketplaceConnector::Options::load(QSettings& settings)
{
    Options options;
    settings.beginGroup(QStringLiteral("marketplace"));
    const QUrl endpoint(settings.value(QStringLiteral("endpoint")).toString());
    if (endpoint.isValid() && !endpoint.isEmpty())
        options.provider.endpoint = endpoint;
    options.provider.scheme = settings.value(QStringLiteral("signature")).toString() == QStringLiteral("rpc1")
        ? AlibabaMarketplace::SignatureScheme::Rpc1
        : AlibabaMarketplace::SignatureScheme::Acs3;
    options.pullEveryMinutes
        = settings.value(QStringLiteral("pull_every_minutes"), options.pullEveryMinutes).toInt();
    settings.endGroup();
    return options;
}

void MarketplaceConnector::Options::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("marketplace"));
    settings.setValue(QStringLiteral("endpoint"), provider.endpoint.toString());
    settings.setValue(QStringLiteral("signature"),
                      provider.scheme == AlibabaMarketplace::SignatureScheme::Rpc1 ? QStringLiteral("rpc1")
                                                                                   : QStringLiteral("acs3"));
    settings.setValue(QStringLiteral("pull_every_minutes"), pullEveryMinutes);
    settings.endGroup();
}

MarketplaceConnector::MarketplaceConnector(MarketplaceService& service, const Clock& clock,
                                           const Options& options, const QString& actor, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_options(options)
    , m_actor(actor)
    , m_pullTimer(new QTimer(this))
{
    connect(m_pullTimer, &QTimer::timeout, this, &MarketplaceConnector::pullNow);
}

MarketplaceConnector::~MarketplaceConnector() = default;

void MarketplaceConnector::reconfigure(const Options& options,
                                       const std::optional<MarketplaceCredentials>& credentials)
{
    m_options = options;
    build(credentials);
}

void MarketplaceConnector::build(const std::optional<MarketplaceCredentials>& credentials)
{
    m_pullTimer->stop();
    m_sync.reset();
    m_sender.reset();
    m_provider.reset();
    if (credentials && credentials->isComplete()) {
        m_provider = std::make_unique<AlibabaMarketplace>(m_options.provider, *credentials);
        m_sync = std::make_unique<MarketplaceSync>(*m_provider, m_service, m_clock,
                                                   MarketplaceSync::Settings {});
        m_sender = std::make_unique<OutboxSender>(*m_provider, m_service, m_clock, RetryBackoff {});
        connect(m_sync.get(), &MarketplaceSync::finished, this,
                [this](const MarketplaceSync::Report& report) {
                    m_lastError = report.error;
                    emit stateChanged();
                    emit pullFinished(report);
                    pushNow();
                });
        connect(m_sender.get(), &OutboxSender::idle, this, [this](const QString& error) {
            if (!error.isEmpty())
                m_lastError = error;
            emit pushesIdle(error);
        });
        if (m_options.pullEveryMinutes > 0)
            m_pullTimer->start(m_options.pullEveryMinutes * 60 * 1000);
    }
    emit stateChanged();
}

void MarketplaceConnector::test(const Options& options, const MarketplaceCredentials& credentials,
                                const std::function<void(const QString&)>& done)
{
    auto* probe = new AlibabaMarketplace(options.provider, credentials, this);
    MarketplaceProvider::Query query;
    query.pendingOnly = true;
    query.pageSize = 1;
    probe->fetchInvoices(
        query,
        [probe, done](const MarketplaceProvider::Page&, const std::optional<MarketplaceFailure>& failure) {
            probe->deleteLater();
            done(failure ? failure->describe() : QString());
        });
}

void MarketplaceConnector::pullNow()
{
    if (!m_sync || m_sync->isRunning())
        return;
    m_sync->start(m_actor);
    emit stateChanged();
}

void MarketplaceConnector::pushNow()
{
    if (m_sender)
        m_sender->sendDue();
}

int MarketplaceConnector::retryFailed(const QStringList& requestIds)
{
    const int requeued = m_service.retryFailed(requestIds, m_clock.nowUtc());
    if (requeued > 0)
        pushNow();
    return requeued;
}

MarketplaceConnector::State MarketplaceConnector::state() const
{
    if (!m_sync)
        return State::NotConfigured;
    return m_sync->isRunning() ? State::Pulling : State::Idle;
}
