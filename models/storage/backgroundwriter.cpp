#include "backgroundwriter.h"

BackgroundWriter::BackgroundWriter()
    : m_thread([this] { run(); })
{ }

BackgroundWriter::~BackgroundWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_posted.notify_one();
    m_thread.join();
}

BackgroundWriter::Ticket BackgroundWriter::post(std::function<QString()> work)
{
    Ticket ticket = 0;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(work));
        ticket = ++m_lastPosted;
    }
    m_posted.notify_one();
    return ticket;
}

void BackgroundWriter::waitFor(Ticket ticket)
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_lastDone >= ticket; });
}

void BackgroundWriter::waitForAll()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_lastDone >= m_lastPosted; });
}

QString BackgroundWriter::takeError()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_error, QString());
}

void BackgroundWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Work posted before the destructor still runs: it was waited for.
        m_posted.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return;
        std::function<QString()> work = std::move(m_queue.front());
        m_queue.pop_front();
        const bool skip = !m_error.isEmpty();
        lock.unlock();
        QString error;
        if (!skip) {
            try {
                error = work();
            } catch (...) {
                error = QStringLiteral("A background write stopped with an exception.");
            }
        }
        lock.lock();
        if (m_error.isEmpty())
            m_error = error;
        ++m_lastDone;
        m_done.notify_all();
    }
}
