#include "connectingnotice.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
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
        const QLabel* message = notice.message();
        QVERIFY2(message->contentsRect().width() >= message->fontMetrics().horizontalAdvance(notice.text()),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(message->contentsRect().width())
                                .arg(message->fontMetrics().horizontalAdvance(notice.text()))));
    }

    void cancel_escape_andClosing_giveUpWaiting()
    {
        ConnectingNotice notice;
        notice.showFor(
            *DatabaseUrl::parse(QStringLiteral("postgresql://wangfang@db.example.cn:5432/market")));
        QSignalSpy cancelled(&notice, &ConnectingNotice::cancelled);
        QPushButton* cancel = notice.findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(cancelled.size(), 1);
        QTest::keyClick(&notice, Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 2);
        QVERIFY(!notice.close());
        QCOMPARE(cancelled.size(), 3);
        QVERIFY(notice.isVisible());
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
