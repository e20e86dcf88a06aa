#include "marketplacefailure.h"
#include "retrybackoff.h"
#include "syncwindow.h"

#include <QTest>

/// How a failed marketplace call is sorted, how long the next try waits, and which windows a
/// pull sweeps.
class TestMarketplaceFailure : public QObject
{
    Q_OBJECT

private slots:
    void sortsByStatusAndCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using Kind = MarketplaceFailure::Kind;
        QTest::newRow("user throttling") << 400 << "Throttling.User" << int(Kind::Throttled);
        QTest::newRow("flow control") << 503 << "Service.Flow.Control" << int(Kind::Throttled);
        QTest::newRow("wrong secret") << 400 << "SignatureDoesNotMatch" << int(Kind::Auth);
        QTest::newRow("unknown key") << 404 << "InvalidAccessKeyId.NotFound" << int(Kind::Auth);
        QTest::newRow("forbidden") << 403 << "Forbidden.RAM" << int(Kind::Auth);
        QTest::newRow("server error") << 500 << "InternalError" << int(Kind::Transient);
        QTest::newRow("unavailable") << 503 << "ServiceUnavailable" << int(Kind::Transient);
        QTest::newRow("bad parameter") << 400 << "InvalidParameter" << int(Kind::Permanent);
        QTest::newRow("wrong state") << 400 << "InvoiceStatusError" << int(Kind::Permanent);
    }

    void sortsByStatusAndCode()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, kind);
        const MarketplaceFailure failure
            = MarketplaceFailure::fromResponse(status, code, QStringLiteral("m"));
        QCOMPARE(int(failure.kind), kind);
        QVERIFY(!failure.outcomeUnknown);
        QVERIFY(failure.describe().contains(code));
    }

    void aTimeoutLeavesTheOutcomeUnknown()
    {
        QVERIFY(MarketplaceFailure::fromNetwork(QStringLiteral("timed out"), true).outcomeUnknown);
        const MarketplaceFailure refused = MarketplaceFailure::fromNetwork(QStringLiteral("refused"), false);
        QVERIFY(!refused.outcomeUnknown);
        QVERIFY(refused.isRetryable());
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        const RetryBackoff backoff {1000, 60000};
        QCOMPARE(backoff.delayMs(1, 0.0, false), 500);
        QCOMPARE(backoff.delayMs(1, 0.999999, false), 999);
        QCOMPARE(backoff.delayMs(3, 0.999999, false), 3999);
        QVERIFY(backoff.delayMs(2, 0.5, true) > backoff.delayMs(2, 0.5, false));
        QCOMPARE(backoff.delayMs(40, 1.0, true), 60000);
        QVERIFY(backoff.delayMs(40, 0.0, false) >= 500);
    }

    void windowsCoverEverythingSinceTheCursorWithOverlap()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        const QList<SyncWindow> windows = SyncWindow::plan(now.addSecs(-2 * 3600), now, 3600, 600, 30);
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows.first().from, now.addSecs(-2 * 3600 - 600));
        for (qsizetype i = 1; i < windows.size(); ++i)
            QCOMPARE(windows.at(i).from, windows.at(i - 1).to);
        QCOMPARE(windows.last().to, now);
    }

    void theFirstSweepLooksBack()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        const QList<SyncWindow> windows = SyncWindow::plan({}, now, 86400, 600, 30);
        QCOMPARE(windows.size(), 30);
        QCOMPARE(windows.first().from, now.addDays(-30));
        QVERIFY(SyncWindow::plan(now, now.addSecs(-1), 86400, 0, 30).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMarketplaceFailure)
#include "tst_marketplacefailure.moc"
