#pragma once

#include "databaseurl.h"
#include "silentserver.h"

#include <QThread>

#include <functional>

class QSocketNotifier;

/// A loopback port that forwards each connection to a target (the test's PostgreSQL server), as a
/// network path between a client and its server. It forwards on a thread of its own, so a client
/// waiting in libpq on the test's thread is still answered. cut() ends the connections under way
/// and leaves the port silent — handshakes get no answer, as when the network goes down —
/// until restore(). stall() ends them too, and then accepts connections but forwards nothing,
/// as a server that hangs.
class TcpRelay
{
public:
    /// Forwards to the host and port of the PostgreSQL server `server` names.
    explicit TcpRelay(const DatabaseUrl& server);
    ~TcpRelay();
    TcpRelay(const TcpRelay&) = delete;
    TcpRelay& operator=(const TcpRelay&) = delete;

    /// 0 when the listener could not be set up.
    quint16 port() const { return m_listener.port(); }
    /// The URL of the same database, reached through this relay.
    DatabaseUrl relayed() const;
    void cut();
    void stall();
    void restore();

private:
    /// Runs `work` on the relay's thread and waits for it.
    void onRelayThread(const std::function<void()>& work);
    void accept();
    /// Ends the connections under way; on the relay's thread.
    void endConnections();

    DatabaseUrl m_server;
    SilentServer m_listener {false};
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; parent of the sockets there
    QSocketNotifier* m_incoming = nullptr;
    bool m_stalled = false; ///< used on m_thread
};
