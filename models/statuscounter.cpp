#include "statuscounter.h"

#include "database.h"
#include "statementcanceller.h"
#include "storageerror.h"

namespace {

/// How often a count no longer wanted is cancelled again while it runs on.
constexpr int cancelRepeatMs = 100;

} // namespace

StatusCounter::StatusCounter(const Database& database, const TableSpec& spec, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_spec(spec)
{
    m_cancelRepeat.setInterval(cancelRepeatMs);
    connect(&m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (!cancelUnwanted())
            m_cancelRepeat.stop();
    });
}

StatusCounter::~StatusCounter()
{
    if (!m_worker)
        return;
    m_newest = 0;
    // The connection belongs to the worker thread: it is closed there once the count under way has
    // ended, and the thread ends with it.
    QMetaObject::invokeMethod(m_worker, [this] {
        {
            const std::lock_guard lock(m_runningMutex);
            m_canceller.reset();
        }
        m_connection.reset();
        m_thread.quit();
    });
    do
        cancelUnwanted();
    while (!m_thread.wait(cancelRepeatMs));
    delete m_worker;
}

bool StatusCounter::cancelUnwanted()
{
    const std::lock_guard lock(m_runningMutex);
    if (m_runningTicket == 0 || m_runningTicket == m_newest || !m_canceller)
        return false;
    m_canceller->cancel();
    return true;
}

void StatusCounter::makeCanceller()
{
    auto canceller = std::make_unique<StatementCanceller>(*m_connection);
    const std::lock_guard lock(m_runningMutex);
    m_canceller = std::move(canceller);
}

void StatusCounter::cancel()
{
    m_newest = 0; // no ticket: whatever is queued is skipped
    if (cancelUnwanted())
        m_cancelRepeat.start();
}

bool StatusCounter::isCounting() const
{
    const std::lock_guard lock(m_runningMutex);
    return m_runningTicket != 0;
}

void StatusCounter::count(const QList<PagedQuery::Request>& requests, quint64 ticket)
{
    m_newest = ticket;
    if (cancelUnwanted())
        m_cancelRepeat.start();
    if (!m_worker) {
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
        m_thread.start(QThread::LowPriority);
    }
    QMetaObject::invokeMethod(m_worker, [this, requests, ticket] { work(requests, ticket); });
}

void StatusCounter::work(const QList<PagedQuery::Request>& requests, quint64 ticket)
{
    if (ticket != m_newest)
        return; // a newer request is queued behind this one
    QString error;
    if (!m_connection) {
        m_connection = m_database.openAnother(&error);
        if (m_connection) {
            makeCanceller();
            // A reconnection starts a new server session, which the former canceller cannot reach.
            m_connection->addReconnectListener([this] { makeCanceller(); });
        }
    }
    QList<QHash<QString, qint64>> counts;
    if (m_connection) {
        {
            // Checked again under the lock: a newer request that came meanwhile either sees this
            // count running and cancels it, or is seen here.
            const std::lock_guard lock(m_runningMutex);
            if (ticket != m_newest)
                return;
            m_runningTicket = ticket;
        }
        // A cancel meant for the count this one overtook can land on this one's statement instead
        // (PQcancel and sqlite3_interrupt stop whatever the connection runs when they arrive), so
        // a count that failed while still wanted is tried once more before the error is reported.
        for (int attempt = 0; attempt < 2 && ticket == m_newest; ++attempt) {
            counts.clear();
            error.clear();
            try {
                PagedQuery query(*m_connection, m_spec);
                for (const PagedQuery::Request& request : requests) {
                    if (ticket != m_newest)
                        break; // overtaken: the rest is not wanted any more
                    counts << query.countByStatus(request);
                }
                break;
            } catch (const StorageError& failure) {
                counts.clear();
                error = failure.userMessage();
            }
        }
        const std::lock_guard lock(m_runningMutex);
        m_runningTicket = 0;
    }
    if (ticket != m_newest)
        return; // overtaken while it ran, and maybe cancelled for it
    QMetaObject::invokeMethod(this, [this, ticket, counts, error] { emit counted(ticket, counts, error); });
}
