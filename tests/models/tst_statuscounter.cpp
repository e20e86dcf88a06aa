#include "database.h"
#include "freshdatabase.h"
#include "pagedtablemodel.h"
#include "query.h"
#include "statuscounter.h"
#include "testsql.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

/// The least list model over a TableSpec: column keys as headers, no enums.
class SpecModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;
    QList<std::pair<QString, QString>> statusEntries() const override { return {}; }

protected:
    QString headerText(int column) const override { return QString::number(column); }
    QList<std::pair<QString, QString>> enumEntries(int) const override { return {}; }
};

} // namespace

/// StatusCounter on each backend: a count still running when a newer one is asked for, when the
/// list no longer needs it, or when the counter goes, is cancelled instead of being waited for.
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
        counter.count({slowRequest()}, 1);
        QTest::qWait(500);
        QCOMPARE(counted.count(), 0); // the slow count is under way
        QElapsedTimer timer;
        timer.start();
        PagedQuery::Request firstRow;
        firstRow.filters.insert(0, ColumnFilter::parse(QStringLiteral("r1"), ColumnKind::Text));
        counter.count({PagedQuery::Request {}, firstRow}, 2);
        QVERIFY(counted.wait(waitLimitMs));
        QVERIFY(timer.elapsed() < waitLimitMs);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.at(0).at(0).toULongLong(), quint64(2));
        const auto counts = counted.at(0).at(1).value<QList<QHash<QString, qint64>>>();
        QCOMPARE(counts,
                 (QList<QHash<QString, qint64>> {{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}},
                                                 {{QStringLiteral("a"), 1}}}));
        QCOMPARE(counted.at(0).at(2).toString(), QString());
    }

    void cancelTheServerIgnored_isSentAgain()
    {
        // A cancel that reaches the server between two statements of a count is ignored there. A
        // statement that swallows the first cancel stands for it here.
        if (!isPostgres())
            QSKIP("an SQLite statement cannot outlive an interrupt");
        createOutlivesOneCancel();
        TableSpec outlivingOneCancel = spec();
        outlivingOneCancel.columns[1].expression = QStringLiteral("outlives_one_cancel()");
        StatusCounter counter(m_fresh->database(), outlivingOneCancel);
        QSignalSpy counted(&counter, &StatusCounter::counted);
        counter.count({slowRequest()}, 1);
        QTRY_VERIFY(counter.isCounting());
        QTest::qWait(300);
        counter.count({PagedQuery::Request {}}, 2);
        QVERIFY(counted.wait(waitLimitMs));
        QCOMPARE(counted.at(0).at(0).toULongLong(), quint64(2));
        QCOMPARE(counted.at(0).at(2).toString(), QString());
    }

    void reconnectedWorker_isStillCancelled()
    {
        // The worker's server session ends while it is idle (a restart, a dropped network); its
        // next count reconnects, and the cancel must reach the new session.
        if (!isPostgres())
            QSKIP("only a PostgreSQL connection reconnects");
        TableSpec countedBySession = spec();
        countedBySession.statusExpression = QStringLiteral("CAST(pg_backend_pid() AS text)");
        StatusCounter counter(m_fresh->database(), countedBySession);
        QSignalSpy counted(&counter, &StatusCounter::counted);
        counter.count({PagedQuery::Request {}}, 1);
        QVERIFY(counted.wait(waitLimitMs));
        const QString firstSession
            = counted.at(0).at(1).value<QList<QHash<QString, qint64>>>().value(0).keys().value(0);
        QVERIFY(!firstSession.isEmpty());
        Query::execute(m_fresh->database(),
                       QStringLiteral("SELECT pg_terminate_backend(%1)").arg(firstSession));
        QTRY_COMPARE(
            TestSql::scalar(
                m_fresh->database(),
                QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(firstSession)),
            QStringLiteral("0"));

        counter.count({slowRequest()}, 2);
        QTRY_VERIFY(counter.isCounting());
        QTest::qWait(500);
        counter.count({PagedQuery::Request {}}, 3);
        QVERIFY(counted.wait(waitLimitMs));
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.at(1).at(0).toULongLong(), quint64(3));
        const auto counts = counted.at(1).at(1).value<QList<QHash<QString, qint64>>>();
        QCOMPARE(counts.size(), 1);
        QVERIFY(!counts.at(0).contains(firstSession));
    }

    void cancel_stopsTheRunningCount_andAnswersNothing()
    {
        StatusCounter counter(m_fresh->database(), spec());
        QSignalSpy counted(&counter, &StatusCounter::counted);
        counter.count({slowRequest()}, 1);
        QTRY_VERIFY(counter.isCounting());
        counter.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!counter.isCounting(), waitLimitMs);
        QTest::qWait(100);
        QCOMPARE(counted.count(), 0);
    }

    void listBackOnKeptCounts_cancelsTheFilteredCount()
    {
        // Filtered, the list is counted on the worker (here by a slow status); with the filter
        // cleared it reads the kept counts, and the filtered count must not run on.
        Query::execute(
            m_fresh->database(),
            QStringLiteral("CREATE TABLE kept_counts (status TEXT PRIMARY KEY, row_count BIGINT)"));
        TableSpec countedSlowly = spec();
        countedSlowly.columns.removeLast(); // the page reads its columns: only the count is slow
        countedSlowly.statusExpression = slowExpression();
        countedSlowly.countsTable = QStringLiteral("kept_counts");
        SpecModel model(m_fresh->database(), countedSlowly);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.setFilterText(0, QStringLiteral("r1")).isEmpty());
        QCOMPARE(model.rowCount(), 1);
        const auto* counter = model.findChild<StatusCounter*>();
        QVERIFY(counter);
        QTRY_VERIFY(counter->isCounting());
        QVERIFY(model.setFilterText(0, QString()).isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!counter->isCounting(), waitLimitMs);
    }

    void countNoLongerWanted_keepsTheWorkerBusy_untilItsCancelStopsIt()
    {
        // The filter cleared, the list's counts are kept ones again at once; the filtered count
        // runs on until its cancel stops it (here: the second, 100 ms later), and the worker
        // stays busy until then.
        if (!isPostgres())
            QSKIP("an SQLite statement cannot outlive an interrupt");
        createOutlivesOneCancel();
        Query::execute(
            m_fresh->database(),
            QStringLiteral("CREATE TABLE kept_counts (status TEXT PRIMARY KEY, row_count BIGINT)"));
        TableSpec countedSlowly = spec();
        countedSlowly.columns.removeLast();
        countedSlowly.statusExpression = QStringLiteral("outlives_one_cancel()");
        countedSlowly.countsTable = QStringLiteral("kept_counts");
        SpecModel model(m_fresh->database(), countedSlowly);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.setFilterText(0, QStringLiteral("r1")).isEmpty());
        const auto* counter = model.findChild<StatusCounter*>();
        QVERIFY(counter);
        QTRY_VERIFY(counter->isCounting());
        QVERIFY(model.setFilterText(0, QString()).isEmpty());
        QVERIFY(!model.countsPending());
        QVERIFY(model.countingInBackground());
        QTRY_VERIFY_WITH_TIMEOUT(!model.countingInBackground(), waitLimitMs);
        QVERIFY(!counter->isCounting());
    }

    void sortChanges_letTheRunningCountFinish()
    {
        // The list is counted on the worker in a second or two; sorting it every 100 ms changes
        // nothing it counts, so the count must go on rather than start over at each click. How
        // long the count takes alone is measured first, as a loaded machine takes longer.
        TableSpec countedInASecond = spec();
        countedInASecond.columns.removeLast();
        countedInASecond.statusExpression = secondLongStatus();
        SpecModel model(m_fresh->database(), countedInASecond);
        QElapsedTimer counting;
        counting.start();
        model.reload();
        QVERIFY(model.countsPending());
        QTRY_VERIFY_WITH_TIMEOUT(!model.countsPending(), 6 * waitLimitMs);
        const qint64 clickingLimitMs = std::max<qint64>(waitLimitMs, 4 * counting.elapsed());
        model.reload();
        QVERIFY(model.countsPending());
        QElapsedTimer clicking;
        clicking.start();
        bool descending = false;
        while (model.countsPending() && clicking.elapsed() < clickingLimitMs) {
            descending = !descending;
            model.sort(0, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            QTest::qWait(100);
        }
        QVERIFY2(!model.countsPending(), "the count started over at every click");
        QCOMPARE(model.statusCounts(),
                 (QHash<QString, qint64> {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}));
    }

    void closing_cancelsTheRunningCount()
    {
        auto counter = std::make_unique<StatusCounter>(m_fresh->database(), spec());
        counter->count({slowRequest()}, 1);
        QTest::qWait(500);
        QElapsedTimer timer;
        timer.start();
        counter.reset();
        QVERIFY(timer.elapsed() < waitLimitMs);
    }

private:
    /// outlives_one_cancel(): a statement that swallows the first cancel and stops at the second.
    void createOutlivesOneCancel()
    {
        Query::execute(
            m_fresh->database(),
            QStringLiteral("CREATE FUNCTION outlives_one_cancel() RETURNS text LANGUAGE plpgsql "
                           "AS $$ BEGIN BEGIN PERFORM pg_sleep(600); EXCEPTION WHEN query_canceled "
                           "THEN NULL; END; PERFORM pg_sleep(600); RETURN 'slow'; END $$"));
    }

    /// Far longer than a cancelled count takes, far shorter than the slow count.
    static constexpr int waitLimitMs = 10000;

    bool isPostgres() const
    {
        return m_fresh->database().dialect().backend() == DatabaseUrl::Backend::Postgres;
    }
    /// Three rows; filtering on the second column runs a statement of minutes.
    TableSpec spec() const
    {
        TableSpec spec;
        spec.from = QStringLiteral("(SELECT 'r1' AS id, 'a' AS status UNION ALL SELECT 'r2', 'a' "
                                   "UNION ALL SELECT 'r3', 'b') t");
        spec.idExpression = QStringLiteral("t.id");
        spec.statusExpression = QStringLiteral("t.status");
        spec.columns = {{QStringLiteral("id"), QStringLiteral("t.id")},
                        {QStringLiteral("slow"), slowExpression(), ColumnKind::Text, false}};
        return spec;
    }
    /// A text that takes minutes to compute.
    QString slowExpression() const
    {
        if (m_fresh->database().dialect().backend() == DatabaseUrl::Backend::Sqlite)
            return QStringLiteral("(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                  "WHERE x < 4000000000) SELECT CAST(MAX(x) AS TEXT) FROM n)");
        return QStringLiteral("(SELECT 'slow'::text FROM pg_sleep(600))");
    }
    /// The status of `t`, after about a third of a second.
    QString secondLongStatus() const
    {
        if (m_fresh->database().dialect().backend() == DatabaseUrl::Backend::Sqlite)
            return QStringLiteral("(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                  "WHERE x < 3000000) SELECT CASE WHEN MAX(x) > 0 THEN t.status END FROM n)");
        return QStringLiteral("(SELECT t.status FROM pg_sleep(0.3))");
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
