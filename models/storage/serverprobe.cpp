#include "serverprobe.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <libpq-fe.h>
#include <utility>
#include <vector>

ServerProbe::ServerProbe(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(tr("%1 did not answer within %n second(s).", nullptr,
                  int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()))
                   .arg(address()));
    });
}

ServerProbe::~ServerProbe()
{
    stop();
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
    socket.setProxy(QNetworkProxy::NoProxy); // as libpq, which connects directly
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(int(limit.count()));
}

void ServerProbe::start(const DatabaseUrl& url, const QString& password)
{
    stop();
    m_url = url;
    m_password = password;
    m_probing = true;
    const quint64 attempt = ++m_attempt;
    if (!isProbed(url)) {
        QTimer::singleShot(0, this, [this, attempt] {
            if (attempt == m_attempt)
                finish({});
        });
        return;
    }
    m_deadline.start(m_timeout);
    // libpq looks a host name up with a blocking call; Qt looks it up on a thread of its own,
    // and libpq is then given the addresses.
    QHostInfo::lookupHost(url.host(), this, [this, attempt](const QHostInfo& host) {
        if (attempt != m_attempt || !m_probing)
            return;
        if (host.error() != QHostInfo::NoError || host.addresses().isEmpty())
            finish(tr("Cannot reach %1: %2").arg(address(), host.errorString()));
        else
            connectTo(host.addresses());
    });
}

void ServerProbe::connectTo(const QList<QHostAddress>& addresses)
{
    // The host once for each of its addresses, which libpq tries in turn, as it does a name's.
    QStringList hosts;
    QStringList numericAddresses;
    for (const QHostAddress& each : addresses) {
        hosts << m_url.host();
        numericAddresses << each.toString();
    }
    const QByteArray host = hosts.join(QLatin1Char(',')).toUtf8();
    const QByteArray hostAddress = numericAddresses.join(QLatin1Char(',')).toUtf8();
    const QByteArray port = QByteArray::number(m_url.port());
    const QByteArray user = m_url.user().toUtf8();
    const QByteArray databaseName = m_url.databaseName().toUtf8();
    const QByteArray password = m_password.toUtf8();
    // Without a password libpq looks in PGPASSWORD and ~/.pgpass, as the connection after the
    // probe does. No GSSAPI encryption: asking Kerberos for credentials may block.
    const std::pair<const char*, const char*> parameters[] = {
        {"host", host.constData()},
        {"hostaddr", hostAddress.constData()},
        {"port", port.constData()},
        {"user", user.constData()},
        {"dbname", databaseName.constData()},
        {"password", m_password.isEmpty() ? nullptr : password.constData()},
        {"gssencmode", "disable"},
        {"application_name", "marketdesk probe"},
    };
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : parameters) {
        keys.push_back(key);
        values.push_back(value);
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_connected = false;
    m_connection = PQconnectStartParams(keys.data(), values.data(), 0);
    if (!m_connection || PQstatus(m_connection) == CONNECTION_BAD) {
        finish(tr("Cannot reach %1: %2")
                   .arg(address(), QString::fromLocal8Bit(PQerrorMessage(m_connection)).simplified()));
        return;
    }
    // As libpq's documentation says: the first step waits until the socket can be written.
    watch(PGRES_POLLING_WRITING);
}

void ServerProbe::advance()
{
    stopWatching();
    const PostgresPollingStatusType step = PQconnectPoll(m_connection);
    if (step == PGRES_POLLING_OK) {
        finish({});
    } else if (step == PGRES_POLLING_FAILED) {
        // After the TCP connection was made, a failure is the server's answer (a password it
        // refuses, a database that does not exist), which the real connection will report.
        finish(m_connected
                   ? QString()
                   : tr("Cannot reach %1: %2")
                         .arg(address(), QString::fromLocal8Bit(PQerrorMessage(m_connection)).simplified()));
    } else {
        const ConnStatusType status = PQstatus(m_connection);
        m_connected = status != CONNECTION_STARTED && status != CONNECTION_NEEDED;
        watch(step);
    }
}

void ServerProbe::watch(int step)
{
    // libpq may have moved on to a new socket (the next address of the host).
    m_socketReady = new QSocketNotifier(
        PQsocket(m_connection),
        step == PGRES_POLLING_READING ? QSocketNotifier::Read : QSocketNotifier::Write, this);
    connect(m_socketReady, &QSocketNotifier::activated, this, &ServerProbe::advance);
}

void ServerProbe::stopWatching()
{
    if (!m_socketReady)
        return;
    // Called from the notifier's own signal: deleted once that has returned.
    m_socketReady->setEnabled(false);
    m_socketReady->deleteLater();
    m_socketReady = nullptr;
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
    stopWatching();
    if (m_connection) {
        PQfinish(m_connection);
        m_connection = nullptr;
    }
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
