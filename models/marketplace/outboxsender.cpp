#include "outboxsender.h"

#include "clock.h"
#include "storageerror.h"

#include <QRandomGenerator>
#include <QTimer>

namespace {

constexpr int pushesPerRound = 50;

} // namespace

OutboxSender::OutboxSender(MarketplaceProvider& provider, MarketplaceService& service, const Clock& clock,
                           const RetryBackoff& backoff, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_service(service)
    , m_clock(clock)
    , m_backoff(backoff)
    , m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &OutboxSender::sendDue);
}

void OutboxSender::sendDue()
{
    if (m_busy)
        return;
    try {
        m_round = m_service.dueOutbox(m_clock.nowUtc(), pushesPerRound);
    } catch (const StorageError& error) {
        emit idle(error.message());
        return;
    }
    m_busy = true;
    m_lastError.clear();
    sendNext();
}

void OutboxSender::sendNext()
{
    if (m_round.isEmpty()) {
        endRound();
        return;
    }
    const MarketplaceService::OutboxEntry entry = m_round.takeFirst();
    if (!entry.outcomeUnknown) {
        send(entry);
        return;
    }
    readBack(
        entry, [this, entry] { send(entry); },
        [this, entry](const MarketplaceFailure& failure) { retryLater(entry, failure); });
}

void OutboxSender::readBack(const MarketplaceService::OutboxEntry& entry,
                            const std::function<void()>& notDone,
                            const std::function<void(const MarketplaceFailure&)>& unreadable)
{
    MarketplaceProvider::Query query;
    query.marketplaceId = entry.push.marketplaceId;
    query.pageSize = 1;
    m_provider.fetchInvoices(
        query,
        [this, entry, notDone, unreadable](const MarketplaceProvider::Page& page,
                                           const std::optional<MarketplaceFailure>& failure) {
            if (failure) {
                unreadable(*failure);
                return;
            }
            const bool done
                = std::any_of(page.invoices.cbegin(), page.invoices.cend(), [&entry](const auto& invoice) {
                      return invoice.marketplaceId == entry.push.marketplaceId && !invoice.pending;
                  });
            if (!done) {
                notDone();
                return;
            }
            sent(entry);
        });
}

void OutboxSender::send(const MarketplaceService::OutboxEntry& entry)
{
    m_provider.pushResult(entry.push, [this, entry](const std::optional<MarketplaceFailure>& failure) {
        if (!failure) {
            sent(entry);
            return;
        }
        if (failure->kind != MarketplaceFailure::Kind::Permanent) {
            retryLater(entry, *failure);
            return;
        }
        // Qt 6.4 sends a POST a second time by itself when the connection closes before the answer
        // (later Qt versions resend only idempotent requests). When the first copy arrived, the
        // marketplace refuses the second as already handled: read the request back before calling
        // the push failed.
        readBack(
            entry, [this, entry, failure] { refused(entry, *failure); },
            [this, entry, failure](const MarketplaceFailure&) { refused(entry, *failure); });
    });
}

void OutboxSender::sent(const MarketplaceService::OutboxEntry& entry)
{
    try {
        m_service.markSent(entry.id, m_clock.nowUtc());
    } catch (const StorageError& error) {
        m_lastError = error.message();
    }
    sendNext();
}

void OutboxSender::refused(const MarketplaceService::OutboxEntry& entry, const MarketplaceFailure& failure)
{
    m_lastError = failure.describe();
    try {
        m_service.markFailed(entry.id, m_lastError, m_clock.nowUtc());
    } catch (const StorageError& error) {
        m_lastError = error.message();
    }
    sendNext();
}

void OutboxSender::retryLater(const MarketplaceService::OutboxEntry& entry, const MarketplaceFailure& failure)
{
    m_lastError = failure.describe();
    const QDateTime now = m_clock.nowUtc();
    // Wrong credentials are not the push's fault: it waits, retried with backoff, until they are fixed.
    const qint64 delay = m_backoff.delayMs(entry.attempts + 1, QRandomGenerator::global()->generateDouble(),
                                           failure.kind == MarketplaceFailure::Kind::Throttled);
    try {
        m_service.markRetry(entry.id, m_lastError, now.addMSecs(delay),
                            entry.outcomeUnknown || failure.outcomeUnknown, now);
    } catch (const StorageError& error) {
        m_lastError = error.message();
    }
    // After an authentication failure the other pushes would fail alike: the round ends.
    if (failure.kind == MarketplaceFailure::Kind::Auth)
        m_round.clear();
    sendNext();
}

void OutboxSender::endRound()
{
    m_busy = false;
    QDateTime next;
    try {
        next = m_service.nextPushDue();
    } catch (const StorageError& error) {
        m_lastError = error.message();
    }
    if (next.isValid())
        m_wake->start(
            int(std::clamp<qint64>(m_clock.nowUtc().msecsTo(next), 0, std::numeric_limits<int>::max())));
    emit idle(m_lastError);
}
