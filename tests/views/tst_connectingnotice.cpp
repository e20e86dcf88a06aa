#include "connectingnotice.h"

#include <QTest>

/// The notice shown at start while MarketDesk connects to a team server.
class TestConnectingNotice : public QObject
{
    Q_OBJECT

private slots:
    void teamServer_isNamedWhileConnecting()
    {
        const DatabaseUrl server
            = *DatabaseUrl::parse(QStringLiteral("postgresql://wangfang@db.example.cn:5432/market"));
        ConnectingNotice notice;
        notice.showFor(server);
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.text().contains(server.toString()), qPrintable(notice.text()));
    }

    void sqliteFile_getsNoNotice()
    {
        ConnectingNotice notice;
        notice.showFor(
            *DatabaseUrl::parse(QStringLiteral("postgresql://wangfang@db.example.cn:5432/market")));
        notice.showFor(DatabaseUrl::sqliteFile(QStringLiteral("/tmp/market.db")));
        QVERIFY(!notice.isVisible());
    }
};

QTEST_MAIN(TestConnectingNotice)
#include "tst_connectingnotice.moc"
