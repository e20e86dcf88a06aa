#include "silentserver.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

SilentServer::SilentServer()
    : m_listener(::socket(AF_INET, SOCK_STREAM, 0))
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0
        || ::listen(m_listener, 0) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    // A backlog of 0 still queues one connection; a few more make sure the queue is full.
    for (int i = 0; i < 3; ++i) {
        m_queued.push_back(std::make_unique<QTcpSocket>());
        m_queued.back()->connectToHost(QHostAddress::LocalHost, m_port);
        m_queued.back()->waitForConnected(200);
    }
}

SilentServer::~SilentServer()
{
    m_queued.clear();
    if (m_listener >= 0)
        ::close(m_listener);
}
