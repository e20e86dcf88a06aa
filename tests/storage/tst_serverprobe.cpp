#include "freshdatabase.h"
#include "serverprobe.h"
#include "silentserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/// Before connecting at start, MarketDesk finds out whether the team server answers at all,
/// without blocking the window.
class TestServerProbe : public QObject
{
    Q_OBJECT

private slots:
    void listeningServer_answers()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QCOMPARE(probe(urlAt(server.serverPort()), std::chrono::seconds(5)), QString());
    }

    void testPostgresServer_answers()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        QCOMPARE(probe(FreshDatabase(postgresql, false).url(), std::chrono::seconds(5)), QString());
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
