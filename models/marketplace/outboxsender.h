#pragma once

#include "marketplaceprovider.h"
#include "retrybackoff.h"

#include <QObject>

class Clock;
class QTimer;

/// Sends the queued results (the outbox) to the marketplace, one at a time, oldest first. A failure
/// that may pass is retried later with backoff and jitter; a refusal for good marks the push failed
/// with the marketplace's words. Because the API has no idempotency key, a push whose earlier send
/// timed out is not sent again before the request is re-read: when the marketplace already shows it
/// done, the push counts as sent.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(MarketplaceProvider& provider, MarketplaceService& service, const Clock& clock,
                 const RetryBackoff& backoff, QObject* parent = nullptr);

    /// Sends what is due now, then waits for the next due push. Does nothing while a round runs.
    void sendDue();
    bool isBusy() const { return m_busy; }

signals:
    /// A round ended: nothing more is due now. `error` is the last failure of the round, if any.
    void idle(const QString& error);

private:
    void sendNext();
    /// Asks the marketplace whether the entry's request is already done: then the entry counts as
    /// sent; otherwise `notDone` runs, or `unreadable` when the marketplace could not say.
    void readBack(const MarketplaceService::OutboxEntry& entry, const std::function<void()>& notDone,
                  const std::function<void(const MarketplaceFailure&)>& unreadable);
    void send(const MarketplaceService::OutboxEntry& entry);
    void sent(const MarketplaceService::OutboxEntry& entry);
    /// The marketplace refused the push for good.
    void refused(const MarketplaceService::OutboxEntry& entry, const MarketplaceFailure& failure);
    /// A failure that may pass (an authentication failure too: it waits for new credentials).
    void retryLater(const MarketplaceService::OutboxEntry& entry, const MarketplaceFailure& failure);
    void endRound();

    MarketplaceProvider& m_provider;
    MarketplaceService& m_service;
    const Clock& m_clock;
    RetryBackoff m_backoff;
    QTimer* m_wake = nullptr;
    bool m_busy = false;
    QList<MarketplaceService::OutboxEntry> m_round;
    QString m_lastError;
};
