#include "changefeed.h"
#include "freshdatabase.h"
#include "query.h"
#include "storageerror.h"
#include "tcprelay.h"
#include "updatevendorcontact.h"
#include "vendorservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace std::chrono_literals;

/// A client of the test server connected through a relay, its heartbeat beating every 100 ms.
struct RelayedClient
{
    explicit RelayedClient(const DatabaseUrl& server)
        : relay(server)
        , client(relay.relayed())
    { }
    /// Empty when connected and listening, else why not.
    QString start()
    {
        if (relay.port() == 0)
            return QStringLiteral("the relay has no port");
        if (QString error = client.open(); !error.isEmpty())
            return error;
        return feed.start(100) ? QString() : QStringLiteral("the change feed did not start");
    }

    TcpRelay relay;
    Database client;
    ChangeFeed feed {client};
    QSignalSpy lost {&feed, &ChangeFeed::connectionLost};
    QSignalSpy reconnected {&feed, &ChangeFeed::reconnected};
};

/// The network to the team server goes down in the middle of a session: the thread of the
/// window goes on handling events while MarketDesk finds the connection lost and tries again, a
/// statement meanwhile fails within moments instead of waiting for libpq's connect timeout (a save
/// saying that the server is out of reach), and once the server answers again the connection
/// comes back by itself and the same save goes through.
class TestServerOutage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        m_fresh = std::make_unique<FreshDatabase>(postgresql);
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
        QCOMPARE(m_fresh->writeDemoData(5), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void cutNetwork_neverFreezesTheWindow_andTheConnectionComesBack()
    {
        RelayedClient relayed(m_fresh->url());
        QCOMPARE(relayed.start(), QString());
        auto& [relay, client, feed, lost, reconnected] = relayed;

        // A statement's own failure is not taken for the server's.
        const std::optional<StorageError> ownFailure
            = failureOf(client, QStringLiteral("SELECT * FROM nowhere"));
        QVERIFY(ownFailure && !ownFailure->isLostConnection());
        QCOMPARE(ownFailure->userMessage(), ownFailure->message());

        const UpdateVendorContact change = contactChange(m_fresh->database());
        relay.cut();
        const std::chrono::milliseconds blocked = blockedWithin(3s);
        QCOMPARE(lost.size(), 1);
        // The beats ask the server without blocking (the bound leaves room for a busy machine).
        QVERIFY2(blocked < Database::reachLimit + 500ms, qPrintable(QString::number(blocked.count())));

        QElapsedTimer statement;
        statement.start();
        const std::optional<StorageError> failure = failureOf(client, QStringLiteral("SELECT 1"));
        QVERIFY2(statement.elapsed() < (Database::reachLimit + 500ms).count(),
                 qPrintable(QString::number(statement.elapsed())));
        QVERIFY(failure && failure->isLostConnection());
        QVERIFY2(failure->userMessage().startsWith(QStringLiteral("The server cannot be reached")),
                 qPrintable(failure->userMessage()));

        const WriteOutcome save = VendorService(client).updateContact(change);
        QCOMPARE(save.kind, WriteOutcome::Kind::Failed);
        QVERIFY2(
            save.message.startsWith(QStringLiteral("The server cannot be reached, so nothing was saved.")),
            qPrintable(save.message));

        relay.restore();
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 5000);
        // The same save, pressed again.
        QCOMPARE(VendorService(client).updateContact(change).kind, WriteOutcome::Kind::Done);
        QCOMPARE(lost.size(), 1);
    }

    /// Something accepts the connection but never answers its start-up, as a hung server or a
    /// proxy with no server behind it: libpq alone would wait its whole connect timeout at each
    /// beat, and for each statement.
    void hungServer_neverFreezesTheWindow_andTheConnectionComesBack()
    {
        RelayedClient relayed(m_fresh->url());
        QCOMPARE(relayed.start(), QString());
        auto& [relay, client, feed, lost, reconnected] = relayed;

        relay.stall();
        const std::chrono::milliseconds blocked = blockedWithin(3s);
        QCOMPARE(lost.size(), 1);
        QVERIFY2(blocked < 500ms, qPrintable(QString::number(blocked.count())));

        // A statement reconnects on the thread that runs it, giving a hung server reconnectTimeout.
        QElapsedTimer statement;
        statement.start();
        const std::optional<StorageError> failure = failureOf(client, QStringLiteral("SELECT 1"));
        QVERIFY2(statement.elapsed() < (Database::reachLimit + Database::reconnectTimeout + 1s).count(),
                 qPrintable(QString::number(statement.elapsed())));
        QVERIFY(failure && failure->isLostConnection());

        relay.restore();
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 5000);
        QVERIFY(!failureOf(client, QStringLiteral("SELECT 1")));
    }

    /// A connection whose server went silent counts as lost after Database::silenceLimit, idle
    /// or waiting for an answer, instead of Linux's 15 minutes or 2 hours: the socket libpq opened
    /// sends keepalive probes and gives up unacknowledged writes. (A relay on loopback cannot
    /// make a connection silent: its kernel acknowledges what the client sends.)
    void socket_givesUpASilentServer_afterTheSilenceLimit()
    {
        const int socket = PQsocket(m_fresh->database().postgresHandle());
        QVERIFY(socket >= 0);
        QCOMPARE(option(socket, SOL_SOCKET, SO_KEEPALIVE), 1);
        const int idle = option(socket, IPPROTO_TCP, TCP_KEEPIDLE);
        const int interval = option(socket, IPPROTO_TCP, TCP_KEEPINTVL);
        const int probes = option(socket, IPPROTO_TCP, TCP_KEEPCNT);
        QCOMPARE(idle + interval * probes, int(Database::silenceLimit.count()));
        QCOMPARE(option(socket, IPPROTO_TCP, TCP_USER_TIMEOUT),
                 int(std::chrono::milliseconds(Database::silenceLimit).count()));
    }

private:
    /// A new contact person for the first vendor, as its form saves it.
    static UpdateVendorContact contactChange(Database& database)
    {
        Query vendor(database, QStringLiteral("SELECT id, version FROM vendors ORDER BY id LIMIT 1"));
        vendor.exec();
        if (!vendor.next())
            return {};
        return {{CommandId(QUuid::createUuid()), QStringLiteral("clerk"), QDateTime::currentDateTimeUtc()},
                VendorId::fromString(vendor.value(0).toString()),
                vendor.value(1).toInt(),
                QStringLiteral("赵敏"),
                QStringLiteral("13812345678"),
                QStringLiteral("zhao@example.cn")};
    }

    static std::optional<StorageError> failureOf(Database& database, const QString& sql)
    {
        try {
            Query::execute(database, sql);
        } catch (const StorageError& error) {
            return error;
        }
        return std::nullopt;
    }

    static int option(int socket, int level, int name)
    {
        int value = -1;
        socklen_t length = sizeof value;
        return ::getsockopt(socket, level, name, &value, &length) == 0 ? value : -1;
    }

    /// Runs the event loop for `span` and returns how long, in all, it was held up by rounds
    /// longer than 50 ms.
    static std::chrono::milliseconds blockedWithin(std::chrono::milliseconds span)
    {
        constexpr qint64 longRound = 50;
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 blocked = 0;
        const auto tock = [&] {
            const qint64 round = sinceTick.restart();
            blocked += round > longRound ? round : 0;
        };
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, tock);
        tick.start(10);
        QTest::qWait(int(span.count()));
        // qWait returns without another round when a blocked round ran past its end.
        tock();
        return std::chrono::milliseconds(blocked);
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
