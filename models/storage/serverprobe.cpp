#include "serverprobe.h"

#include <QEventLoop>
#include <QNetworkProxy>

ServerProbe::ServerProbe(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    m_socket.setProxy(QNetworkProxy::NoProxy); // as libpq, which connects directly
    // finish() closes the socket: the probe only asks whether the server answers.
    connect(&m_socket, &QTcpSocket::connected, this, [this] { finish({}); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this,
            [this] { finish(tr("Cannot reach %1: %2").arg(address(), m_socket.errorString())); });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(tr("%1 did not answer within %n second(s).", nullptr,
                  int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()))
                   .arg(address()));
    });
}

namespace {

/// libpq tries each host of a comma-separated list in turn; such a list is left to it.
bool isProbed(const DatabaseUrl& url)
{
    return url.backend() == DatabaseUrl::Backend::Postgres && !url.host().contains(QLatin1Char(','));
}

} // namespace

bool ServerProbe::answersWithin(const DatabaseUrl& url, std::chrono::milliseconds limit)
{
    if (!isProbed(url))
        return true;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(int(limit.count()));
}

void ServerProbe::start(const DatabaseUrl& url)
{
    stop();
    m_url = url;
    m_probing = true;
    if (!isProbed(url)) {
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    m_deadline.start(m_timeout);
    m_socket.connectToHost(url.host(), quint16(url.port()));
}

QString ServerProbe::waitFor(const DatabaseUrl& url)
{
    QEventLoop waiting;
    QString error;
    const QMetaObject::Connection answered
        = connect(this, &ServerProbe::finished, &waiting, [&waiting, &error](const QString& why) {
              error = why;
              waiting.quit();
          });
    const QMetaObject::Connection gaveUp = connect(this, &ServerProbe::cancelled, &waiting, [&] {
        error = tr("Connecting to %1 was cancelled.").arg(url.toString());
        waiting.quit();
    });
    start(url);
    waiting.exec();
    disconnect(answered);
    disconnect(gaveUp);
    return error;
}

void ServerProbe::cancel()
{
    if (!m_probing)
        return;
    stop();
    emit cancelled();
}

void ServerProbe::stop()
{
    m_probing = false;
    m_deadline.stop();
    m_socket.abort();
}

void ServerProbe::finish(const QString& error)
{
    if (!m_probing)
        return;
    stop();
    emit finished(error);
}

QString ServerProbe::address() const
{
    return QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port());
}
