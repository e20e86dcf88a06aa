#include "marketplacesync.h"

#include "clock.h"
#include "marketplaceservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

MarketplaceSync::MarketplaceSync(MarketplaceProvider& provider, MarketplaceService& service,
                                 const Clock& clock, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_service(service)
    , m_clock(clock)
    , m_settings(settings)
{ }

void MarketplaceSync::start(const QString& actor)
{
    if (m_running)
        return;
    m_running = true;
    m_actor = actor;
    m_report = Report {};
    m_attempt = 0;
    fetchPending(1);
}

void MarketplaceSync::fetchPending(int pageIndex)
{
    MarketplaceProvider::Query query;
    query.pendingOnly = true;
    query.pageIndex = pageIndex;
    query.pageSize = m_settings.pageSize;
    m_provider.fetchInvoices(
        query,
        [this, pageIndex](const MarketplaceProvider::Page& page,
                          const std::optional<MarketplaceFailure>& failure) {
            if (failure) {
                retryOrEnd(*failure, [this, pageIndex] { fetchPending(pageIndex); });
                return;
            }
            m_attempt = 0;
            ++m_report.pages;
            m_report.problems << page.problems;
            if (!save(page.invoices, {}))
                return;
            emit progress(tr("Read %n pending request(s) from the marketplace.", nullptr,
                             int(std::min<qint64>(page.total, qint64(pageIndex) * m_settings.pageSize))));
            if (qint64(pageIndex) * m_settings.pageSize < page.total && !page.invoices.isEmpty()) {
                fetchPending(pageIndex + 1);
                return;
            }
            QDateTime cursor;
            try {
                cursor = m_service.syncStatus(m_provider.key()).sweptUntil;
            } catch (const StorageError& error) {
                end(error.message());
                return;
            }
            m_windows = SyncWindow::plan(cursor, m_clock.nowUtc(), m_settings.windowSeconds,
                                         m_settings.overlapSeconds, m_settings.firstLookbackDays);
            m_windowInvoices.clear();
            m_windowTotal = -1;
            m_windowRereads = 0;
            fetchWindow(1);
        });
}

void MarketplaceSync::fetchWindow(int pageIndex)
{
    if (m_windows.isEmpty()) {
        end({});
        return;
    }
    const SyncWindow window = m_windows.first();
    MarketplaceProvider::Query query;
    query.createdFrom = window.from;
    query.createdTo = window.to;
    query.pageIndex = pageIndex;
    query.pageSize = m_settings.pageSize;
    m_provider.fetchInvoices(
        query,
        [this, pageIndex, window](const MarketplaceProvider::Page& page,
                                  const std::optional<MarketplaceFailure>& failure) {
            if (failure) {
                retryOrEnd(*failure, [this, pageIndex] { fetchWindow(pageIndex); });
                return;
            }
            m_attempt = 0;
            ++m_report.pages;
            if (m_windowTotal >= 0 && page.total != m_windowTotal
                && m_windowRereads < m_settings.rereadsPerWindow) {
                // Requests arrived or left while the window was read: its pages shifted. Read it again;
                // what was read so far is kept, and saving it twice is harmless.
                ++m_windowRereads;
                m_windowTotal = -1;
                fetchWindow(1);
                return;
            }
            m_windowTotal = page.total;
            m_windowInvoices << page.invoices;
            m_report.problems << page.problems;
            if (qint64(pageIndex) * m_settings.pageSize < page.total && !page.invoices.isEmpty()) {
                fetchWindow(pageIndex + 1);
                return;
            }
            if (!save(m_windowInvoices, window.to))
                return;
            emit progress(tr("Saved the marketplace's requests up to %1.")
                              .arg(QLocale().toString(window.to.toLocalTime(), QLocale::ShortFormat)));
            m_windows.removeFirst();
            m_windowInvoices.clear();
            m_windowTotal = -1;
            m_windowRereads = 0;
            fetchWindow(1);
        });
}

void MarketplaceSync::retryOrEnd(const MarketplaceFailure& failure, const std::function<void()>& retry)
{
    if (!failure.isRetryable() || ++m_attempt >= m_settings.attemptsPerCall) {
        end(failure.describe());
        return;
    }
    const qint64 delay = m_settings.backoff.delayMs(m_attempt, QRandomGenerator::global()->generateDouble(),
                                                    failure.kind == MarketplaceFailure::Kind::Throttled);
    emit progress(failure.describe());
    QTimer::singleShot(std::chrono::milliseconds(delay), this, retry);
}

bool MarketplaceSync::save(const QList<MarketplaceInvoice>& invoices, const QDateTime& sweptUntil)
{
    const CommandHeader header {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    const MarketplaceService::SaveReport saved
        = m_service.savePulled(m_provider.key(), invoices, sweptUntil, header);
    if (!saved.error.isEmpty()) {
        end(saved.error);
        return false;
    }
    m_report.added += saved.added;
    m_report.updated += saved.updated;
    return true;
}

void MarketplaceSync::end(const QString& error)
{
    m_report.error = error;
    try {
        m_service.recordPull(m_provider.key(), error, m_clock.nowUtc());
    } catch (const StorageError& storage) {
        if (m_report.error.isEmpty())
            m_report.error = storage.message();
    }
    m_running = false;
    emit finished(m_report);
}
