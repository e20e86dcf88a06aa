#include "duejobscheduler.h"

#include "clock.h"
#include "database.h"

#include <QThread>

DueJobScheduler::DueJobScheduler(const Database& database, const Clock& clock, const QString& actor,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
{
    connect(&m_timer, &QTimer::timeout, this, &DueJobScheduler::runNow);
}

DueJobScheduler::~DueJobScheduler()
{
    // The worker uses this object's database; it must end first.
    if (m_thread)
        m_thread->wait();
}

void DueJobScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runNow();
}

bool DueJobScheduler::runNow()
{
    if (m_thread)
        return false;
    const QDateTime now = m_clock.nowUtc();
    auto report = std::make_shared<DueJobRunner::Report>();
    m_thread = QThread::create([this, now, report] {
        QString error;
        const auto connection = m_database.openAnother(&error);
        if (!connection) {
            report->error = error;
            return;
        }
        *report = DueJobRunner(*connection).run(now, m_actor);
    });
    connect(m_thread, &QThread::finished, this, [this, report] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*report);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}
