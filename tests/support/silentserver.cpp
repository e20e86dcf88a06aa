#include "silentserver.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

/// Room for the connections a client makes in a row, before the owner accepts them.
constexpr int answeringBacklog = 16;

} // namespace

SilentServer::SilentServer(bool silent)
    : m_listener(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0))
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0
        || ::listen(m_listener, answeringBacklog) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    if (silent)
        silence();
}

SilentServer::~SilentServer()
{
    m_queued.clear();
    if (m_listener >= 0)
        ::close(m_listener);
}

void SilentServer::silence()
{
    // A backlog of 0 still queues one connection; a few more make sure the queue is full.
    ::listen(m_listener, 0);
    for (int i = 0; i < 3; ++i) {
        m_queued.push_back(std::make_unique<QTcpSocket>());
        m_queued.back()->connectToHost(QHostAddress::LocalHost, m_port);
        m_queued.back()->waitForConnected(200);
    }
}

void SilentServer::answerAgain()
{
    m_queued.clear();
    ::listen(m_listener, answeringBacklog);
}
