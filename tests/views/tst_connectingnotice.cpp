#include "connectingnotice.h"

#include <QTest>

/// The notice shown at start while MarketDesk connects to a team server.
class TestConnectingNotice : public QObject
{
    Q_OBJECT

private slots:
    void teamServer_isNamedWhileConnecting()
    {
        // Longer than two thirds of the offscreen test screen (800 px wide).
        const DatabaseUrl server = *DatabaseUrl::parse(QStringLiteral(
            "postgresql://wangfang@team-server.shanghai.db.example.cn:5432/marketdesk?schema=invoicing"));
        ConnectingNotice notice;
        notice.showFor(server);
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.text().contains(server.toString()), qPrintable(notice.text()));
        QVERIFY2(notice.contentsRect().width() >= notice.fontMetrics().horizontalAdvance(notice.text()),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(notice.contentsRect().width())
                                .arg(notice.fontMetrics().horizontalAdvance(notice.text()))));
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
