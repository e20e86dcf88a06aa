#include "freshdatabase.h"
#include "serverprobe.h"
#include "silentserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/// Before connecting at start, and before connecting again after losing the connection,
/// MarketDesk finds out whether the team server answers a connection's start-up, without
/// blocking the window.
class TestServerProbe : public QObject
{
    Q_OBJECT

private slots:
    /// A hung server, or a proxy with no server behind it: the TCP connection is made, the
    /// start-up never answered.
    void acceptedConnectionWithoutAnswer_timesOut()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString error = probe(urlAt(server.serverPort()), std::chrono::milliseconds(500));
        QVERIFY2(
            error.startsWith(QStringLiteral("127.0.0.1:%1 did not answer within").arg(server.serverPort())),
            qPrintable(error));
    }

    void testPostgresServer_answers()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        QCOMPARE(probe(FreshDatabase(postgresql, false).url(), std::chrono::seconds(5)), QString());
    }

    /// The connection after the probe says what the server refused.
    void serverRefusingTheLogin_hasAnswered()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        const DatabaseUrl server = FreshDatabase(postgresql, false).url();
        QCOMPARE(probe(*DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/no_such_database")
                                               .arg(server.user(), server.host())
                                               .arg(server.port())),
                       std::chrono::seconds(5)),
                 QString());
    }

    /// A host name is looked up without blocking, and each of its addresses tried in turn.
    void hostName_isLookedUp()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        const DatabaseUrl server = FreshDatabase(postgresql, false).url();
        if (server.host() != QStringLiteral("127.0.0.1"))
            QSKIP("the test server is not on 127.0.0.1, which localhost names");
        QCOMPARE(probe(*DatabaseUrl::parse(QStringLiteral("postgresql://%1@localhost:%2/%3")
                                               .arg(server.user())
                                               .arg(server.port())
                                               .arg(server.databaseName())),
                       std::chrono::seconds(5)),
                 QString());
    }

    void closedPort_isRefused_namingTheAddress()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const QString error = probe(urlAt(port), std::chrono::seconds(5));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot reach 127.0.0.1:%1: ").arg(port)),
                 qPrintable(error));
    }

    void silentServer_timesOut()
    {
        const SilentServer silent;
        QVERIFY(silent.port() != 0);
        const QString error = probe(urlAt(silent.port()), std::chrono::milliseconds(500));
        QVERIFY2(error.startsWith(QStringLiteral("127.0.0.1:%1 did not answer within").arg(silent.port())),
                 qPrintable(error));
    }

    void sqliteFile_needsNoServer()
    {
        QCOMPARE(probe(DatabaseUrl::sqliteFile(QStringLiteral("/tmp/market.db")), std::chrono::seconds(1)),
                 QString());
    }

    void hostList_isLeftToLibpq()
    {
        QCOMPARE(probe(*DatabaseUrl::parse(
                           QStringLiteral("postgresql://clerk@db1.invalid,db2.invalid:5432/market")),
                       std::chrono::seconds(1)),
                 QString());
    }

    void cancelledProbe_saysNothing()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ServerProbe probe(std::chrono::seconds(5));
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start(urlAt(server.serverPort()));
        probe.cancel();
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
    }

private:
    static DatabaseUrl urlAt(quint16 port)
    {
        return *DatabaseUrl::parse(QStringLiteral("postgresql://clerk@127.0.0.1:%1/market").arg(port));
    }
    /// Probes `url` and returns its error; fails the test when no answer comes.
    static QString probe(const DatabaseUrl& url, std::chrono::milliseconds timeout)
    {
        ServerProbe probe(timeout);
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start(url);
        if (!finished.wait(int(timeout.count()) + 5000))
            return QStringLiteral("no signal");
        return finished.first().first().toString();
    }
};

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
