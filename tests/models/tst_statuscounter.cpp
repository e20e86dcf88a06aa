#include "database.h"
#include "freshdatabase.h"
#include "statuscounter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

/// StatusCounter on each backend: a count still running when a newer one is asked for, or when
/// the counter goes, is cancelled instead of being waited for.
class TestStatusCounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh, false); }
    void cleanup() { m_fresh.reset(); }

    void overtakenCount_isCancelled_andTheNewestAnswered()
    {
        StatusCounter counter(m_fresh->database(), spec());
        QSignalSpy counted(&counter, &StatusCounter::counted);
        counter.count(slowRequest(), 1);
        QTest::qWait(500);
        QCOMPARE(counted.count(), 0); // the slow count is under way
        QElapsedTimer timer;
        timer.start();
        counter.count({}, 2);
        QVERIFY(counted.wait(waitLimitMs));
        QVERIFY(timer.elapsed() < waitLimitMs);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.at(0).at(0).toULongLong(), quint64(2));
        const auto counts = counted.at(0).at(1).value<QHash<QString, qint64>>();
        QCOMPARE(counts, (QHash<QString, qint64> {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}));
        QCOMPARE(counted.at(0).at(2).toString(), QString());
    }

    void closing_cancelsTheRunningCount()
    {
        auto counter = std::make_unique<StatusCounter>(m_fresh->database(), spec());
        counter->count(slowRequest(), 1);
        QTest::qWait(500);
        QElapsedTimer timer;
        timer.start();
        counter.reset();
        QVERIFY(timer.elapsed() < waitLimitMs);
    }

private:
    /// Far longer than a cancelled count takes, far shorter than the slow count.
    static constexpr int waitLimitMs = 10000;

    /// Three rows; filtering on the second column runs a statement of minutes.
    TableSpec spec() const
    {
        TableSpec spec;
        spec.from = QStringLiteral("(SELECT 'r1' AS id, 'a' AS status UNION ALL SELECT 'r2', 'a' "
                                   "UNION ALL SELECT 'r3', 'b') t");
        spec.idExpression = QStringLiteral("t.id");
        spec.statusExpression = QStringLiteral("t.status");
        const bool sqlite = m_fresh->database().dialect().backend() == DatabaseUrl::Backend::Sqlite;
        const QString slow = sqlite
            ? QStringLiteral("(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                             "WHERE x < 4000000000) SELECT MAX(x) FROM n)")
            : QStringLiteral("(SELECT 'slow'::text FROM pg_sleep(600))");
        spec.columns = {{QStringLiteral("id"), QStringLiteral("t.id")},
                        {QStringLiteral("slow"), slow, ColumnKind::Text, false}};
        return spec;
    }
    static PagedQuery::Request slowRequest()
    {
        PagedQuery::Request request;
        request.filters.insert(1, ColumnFilter::parse(QStringLiteral("1"), ColumnKind::Text));
        return request;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestStatusCounter)
#include "tst_statuscounter.moc"
