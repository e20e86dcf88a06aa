#include "database.h"
#include "freshdatabase.h"
#include "pagedtablemodel.h"
#include "query.h"
#include "statuscounter.h"

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

    void sortChanges_letTheRunningCountFinish()
    {
        // The list is counted on the worker in a second or two; sorting it every 100 ms changes
        // nothing it counts, so the count must go on rather than start over at each click.
        TableSpec countedInASecond = spec();
        countedInASecond.columns.removeLast();
        countedInASecond.statusExpression = secondLongStatus();
        SpecModel model(m_fresh->database(), countedInASecond);
        model.reload();
        QVERIFY(model.countsPending());
        QElapsedTimer clicking;
        clicking.start();
        bool descending = false;
        while (model.countsPending() && clicking.elapsed() < waitLimitMs) {
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
