#include "tcprelay.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <sys/socket.h>

TcpRelay::TcpRelay(const DatabaseUrl& server)
    : m_server(server)
{
    if (m_listener.port() == 0)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    onRelayThread([this] {
        m_incoming = new QSocketNotifier(m_listener.descriptor(), QSocketNotifier::Read, m_context);
        QObject::connect(m_incoming, &QSocketNotifier::activated, m_context, [this] { accept(); });
    });
}

TcpRelay::~TcpRelay()
{
    m_thread.quit();
    m_thread.wait();
}

DatabaseUrl TcpRelay::relayed() const
{
    QString text = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                       .arg(m_server.user())
                       .arg(port())
                       .arg(m_server.databaseName());
    if (!m_server.schema().isEmpty())
        text += QStringLiteral("?schema=") + m_server.schema();
    return *DatabaseUrl::parse(text);
}

void TcpRelay::onRelayThread(const std::function<void()>& work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void TcpRelay::accept()
{
    for (;;) {
        const int descriptor = ::accept4(m_listener.descriptor(), nullptr, nullptr, SOCK_NONBLOCK);
        if (descriptor < 0)
            return;
        auto* client = new QTcpSocket(m_context);
        client->setSocketDescriptor(descriptor);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (m_stalled) {
            QObject::connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            continue;
        }
        auto* server = new QTcpSocket(client);
        const auto forward = [](QTcpSocket* from, QTcpSocket* to) {
            QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
        };
        forward(client, server);
        forward(server, client);
        QObject::connect(server, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        server->connectToHost(m_server.host(), quint16(m_server.port()));
    }
}

void TcpRelay::endConnections()
{
    const QList<QTcpSocket*> clients = m_context->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket* client : clients) {
        client->abort();
        delete client;
    }
}

void TcpRelay::cut()
{
    onRelayThread([this] {
        m_incoming->setEnabled(false);
        // The client learns of it at its next statement. (A connection the network drops silently
        // ends only by TCP's own timeouts, which a relay on loopback cannot bring about.)
        endConnections();
    });
    m_listener.silence();
}

void TcpRelay::stall()
{
    onRelayThread([this] {
        endConnections();
        m_stalled = true;
    });
}

void TcpRelay::restore()
{
    m_listener.answerAgain();
    onRelayThread([this] {
        m_stalled = false;
        m_incoming->setEnabled(true);
        accept();
    });
}
