#include "domaintext.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicelistmodel.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "query.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Column = InvoiceRequestRepository::Column;

class TestInvoiceListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(db());
        InvoiceService service(db());
        // Three requests applied a day apart: due in 7 days each.
        for (int day = 0; day < 3; ++day) {
            CreateInvoiceRequest command = InvoiceFixture::request({1001}, 1000 + day);
            command.header.at = InvoiceFixture::now().addDays(-4LL * day);
            QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
            m_ids << command.requestId;
        }
        Query(db(),
              QStringLiteral("UPDATE invoice_requests SET title = '深圳小数点网络有限公司' WHERE id = :id"))
            .bind(QStringLiteral(":id"), m_ids.at(1))
            .exec();
    }
    void cleanup()
    {
        m_fresh.reset();
        m_ids.clear();
    }

    void overdueFirst_inRed_withTimeLeft()
    {
        FixedClock clock(InvoiceFixture::now().addDays(2));
        InvoiceListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        // Applied 8 days before the fixture's now, so due a day before it: 3 days overdue on this clock.
        QCOMPARE(model.idAt(0), m_ids.at(2));
        const QModelIndex overdue = model.index(0, Column::TimeLeft);
        QCOMPARE(model.data(overdue).toString(), QStringLiteral("overdue 3 d 0 h"));
        QVERIFY(model.data(overdue, Qt::ForegroundRole).value<QBrush>().color().red() > 150);
        const QModelIndex later = model.index(2, Column::TimeLeft);
        QCOMPARE(model.data(later).toString(), QStringLiteral("5 d 0 h left"));
        QVERIFY(!model.data(later, Qt::ForegroundRole).isValid());
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.statusCounts().value(QStringLiteral("pending")), 3);
        QCOMPARE(model.data(model.index(0, Column::InvoicedAt)).toString(), QString());
        QCOMPARE(DomainText::timeLeft(180000, 0), QStringLiteral("3 min left"));
    }

    void overdueRows_areCountedPerStatus_underTheFilters_andAsTimePasses()
    {
        // Due at the fixture's now − 1 day, + 3 days and + 7 days.
        FixedClock clock(InvoiceFixture::now().addDays(2));
        InvoiceListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* minute = model.findChild<QTimer*>();
        QVERIFY(minute);
        QVERIFY(!minute->isActive()); // a list never shown reads nothing each minute
        model.reload();
        QVERIFY(minute->isActive());
        const QHash<QString, qint64> onePending {{QStringLiteral("pending"), 1}};
        QTRY_COMPARE(model.overdueCounts(), onePending);
        QCOMPARE(model.overdueTotal(), 1);

        // Only the request due in 3 days passes the search; its count comes with the filtered counts.
        model.setSearchText(QStringLiteral("小数点"));
        QVERIFY(model.overdueCounts().isEmpty());
        QVERIFY(model.countingInBackground());
        QTRY_VERIFY(!model.countingInBackground());
        QVERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), 1);
        QVERIFY(model.overdueCounts().isEmpty());
        // Back on the whole list, its counts of this minute serve again at once, without a count.
        model.setSearchText(QString());
        QCOMPARE(model.overdueCounts(), onePending);
        // Another tab or sort leaves the counts as they are.
        model.setStatus(QStringLiteral("processing"));
        QCOMPARE(model.overdueCounts(), onePending);
        model.setStatus(QString());

        // Two days later the minute's tick finds the second one overdue and redraws the time left.
        clock.set(InvoiceFixture::now().addDays(4));
        QSignalSpy redrawn(&model, &QAbstractItemModel::dataChanged);
        minute->setInterval(10);
        QTRY_COMPARE(model.overdueTotal(), 2);
        QVERIFY(!redrawn.isEmpty());
        QCOMPARE(redrawn.first().at(0).toModelIndex().column(), int(Column::TimeLeft));
    }

    /// "<2d" in the time-left filter: due within two days of the clock, read again as time passes.
    void timeLeftFilter_countsFromTheClock_andMovesOnWithIt()
    {
        // Due at the fixture's now − 1 day, + 3 days and + 7 days.
        FixedClock clock(InvoiceFixture::now().addDays(2));
        InvoiceListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.setFilterText(Column::TimeLeft, QStringLiteral("<2d")), QString());
        QCOMPARE(rowIds(model), (QStringList {m_ids.at(2), m_ids.at(1)}));
        QCOMPARE(model.setFilterText(Column::TimeLeft, QStringLiteral(">2天")), QString());
        QCOMPARE(rowIds(model), QStringList {m_ids.at(0)});
        clock.set(InvoiceFixture::now().addDays(6));
        model.setStatus(QStringLiteral("pending"));
        QCOMPARE(rowIds(model), QStringList());
        QVERIFY(!model.setFilterText(Column::TimeLeft, QStringLiteral("<2w")).isEmpty());
    }

    void search_findsShortChineseAndNumbers()
    {
        FixedClock clock(InvoiceFixture::now());
        InvoiceListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setSearchText(QStringLiteral("深"));
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), 1);
        model.setSearchText(QStringLiteral("星海"));
        QCOMPARE(model.rowCount(), 2);
        model.setSearchText(QStringLiteral("1001"));
        QCOMPARE(model.rowCount(), 3);
        model.setSearchText(QStringLiteral("c880001"));
        QCOMPARE(model.rowCount(), 3);
        model.setSearchText(QStringLiteral("不存在"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.countsPending());
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), 0);
    }

    void refundedOrders_areFlagged()
    {
        Query(db(), QStringLiteral("UPDATE orders SET status = 'refunded' WHERE order_no = '1001'")).exec();
        FixedClock clock(InvoiceFixture::now());
        InvoiceListModel model(db(), clock);
        model.reload();
        const QModelIndex order = model.index(0, Column::OrderNo);
        QVERIFY(model.data(order).toString().startsWith(QStringLiteral("1001")));
        QVERIFY(model.data(order).toString().size() > 4);
        QVERIFY(model.data(order, Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(order, Qt::ToolTipRole).toString().isEmpty());
    }

private:
    static QStringList rowIds(const InvoiceListModel& model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.idAt(row);
        return ids;
    }

    Database& db() { return m_fresh->database(); }

    std::unique_ptr<FreshDatabase> m_fresh;
    QStringList m_ids;
};

QTEST_MAIN(TestInvoiceListModel)
#include "tst_invoicelistmodel.moc"
