#pragma once

#include <QTcpSocket>

#include <memory>
#include <vector>

/// A loopback port whose listener has no room left to queue connections. Linux drops the
/// handshakes it cannot queue, so a connection attempt gets no answer at all, as from a server
/// that hangs.
class SilentServer
{
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    /// 0 when the listener could not be set up.
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_queued; ///< the connections that fill the queue
};
