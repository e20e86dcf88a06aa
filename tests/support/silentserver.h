#pragma once

#include <QTcpSocket>

#include <memory>
#include <vector>

/// A loopback port whose listener has no room left to queue connections. Linux drops the
/// handshakes it cannot queue, so a connection attempt gets no answer at all, as from a server
/// that hangs. Made with `silent` false, it queues connections (its owner accepts them from
/// descriptor()) until silence().
class SilentServer
{
public:
    explicit SilentServer(bool silent = true);
    ~SilentServer();
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    /// 0 when the listener could not be set up.
    quint16 port() const { return m_port; }
    /// The listening socket, non-blocking.
    int descriptor() const { return m_listener; }
    /// Fills the queue: from now on handshakes get no answer.
    void silence();
    /// Queues connections again; those that filled the queue end, and the owner accepts and
    /// drops them.
    void answerAgain();

private:
    int m_listener = -1;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_queued; ///< the connections that fill the queue
};
