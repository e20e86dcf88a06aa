#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

/// One helper thread that runs posted work in the order it was posted: the background writes of
/// one connection (Database::runInBackground). Each piece of work returns an error text, empty on
/// success; after the first error the rest is skipped, and that error is kept until taken. The
/// caller waits for a piece by the ticket post() gave it, or for all of them.
class BackgroundWriter
{
public:
    using Ticket = quint64;

    BackgroundWriter();
    /// Waits for the work already posted.
    ~BackgroundWriter();
    BackgroundWriter(const BackgroundWriter&) = delete;
    BackgroundWriter& operator=(const BackgroundWriter&) = delete;

    Ticket post(std::function<QString()> work);
    /// Waits until the work of `ticket` and all before it has run (or been skipped).
    void waitFor(Ticket ticket);
    void waitForAll();
    /// The first error since the last call, and forgets it.
    QString takeError();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_posted;
    std::condition_variable m_done;
    std::deque<std::function<QString()>> m_queue;
    Ticket m_lastPosted = 0;
    Ticket m_lastDone = 0;
    QString m_error;
    bool m_stopping = false;
    std::thread m_thread; ///< last: starts once the members it uses exist
};
