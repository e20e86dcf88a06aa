#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicelistmodel.h"
#include "money.h"
#include "orderlistmodel.h"
#include "orderrepository.h"
#include "query.h"
#include "vendorlistmodel.h"
#include "vendorrepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

class TestPagedTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(1000), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void fetchMore_loadsPageByPage()
    {
        OrderListModel model(m_fresh->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), qint64(1000));
        QCOMPARE(model.rowOfId(model.idAt(737)), 737);
    }

    void display_formatsMoneyEnumsAndTimes()
    {
        OrderListModel model(m_fresh->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QModelIndex amount = model.index(0, OrderRepository::PaidAmount);
        QVERIFY(model.data(amount).toString().startsWith(QStringLiteral("¥")));
        QCOMPARE(
            model.data(amount).toString(),
            Money::fromFen(model.data(amount, PagedTableModel::RawValueRole).toLongLong()).format(QLocale()));
        const QString status = model.data(model.index(0, OrderRepository::Status)).toString();
        QVERIFY(QStringList({QStringLiteral("Paid"), QStringLiteral("Refunding"), QStringLiteral("Refunded"),
                             QStringLiteral("Completed")})
                    .contains(status));
        QCOMPARE(model.headerData(OrderRepository::OrderNo, Qt::Horizontal).toString(),
                 QStringLiteral("Order ID"));
    }

    void sort_isPushedIntoSql()
    {
        OrderListModel model(m_fresh->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.sort(OrderRepository::PaidAmount, Qt::AscendingOrder);
        const qint64 first
            = model.data(model.index(0, OrderRepository::PaidAmount), PagedTableModel::RawValueRole)
                  .toLongLong();
        Query minimum(m_fresh->database(), QStringLiteral("SELECT MIN(paid_fen) FROM orders"));
        minimum.exec();
        QVERIFY(minimum.next());
        QCOMPARE(first, minimum.value(0).toLongLong());
    }

    void enumFilter_matchesDisplayNames()
    {
        OrderListModel model(m_fresh->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.setFilterText(OrderRepository::Status, QStringLiteral("Refunded")), QString());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, OrderRepository::Status), PagedTableModel::RawValueRole)
                         .toString(),
                     QStringLiteral("refunded"));
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), qint64(model.rowCount()));
    }

    void counts_followTheNewestFilterOnly()
    {
        OrderListModel model(m_fresh->database());
        QSignalSpy counts(&model, &PagedTableModel::countsChanged);
        model.reload();
        model.setFilterText(OrderRepository::Status, QStringLiteral("Refunded"));
        model.setFilterText(OrderRepository::Status, QStringLiteral("Paid"));
        QTRY_VERIFY(!model.countsPending());
        Query paid(m_fresh->database(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'paid'"));
        paid.exec();
        QVERIFY(paid.next());
        QCOMPARE(model.totalCount(), paid.value(0).toLongLong());
        QCOMPARE(model.statusCounts().keys(), QList<QString>({QStringLiteral("paid")}));
        // The counts of the two earlier filters were overtaken and never shown.
        QTest::qWait(50);
        QCOMPARE(counts.count(), 4);
    }

    void badFilter_isReportedAndIgnored()
    {
        OrderListModel model(m_fresh->database());
        model.reload();
        QVERIFY(!model.setFilterText(OrderRepository::PaidAmount, QStringLiteral(">abc")).isEmpty());
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), qint64(1000));
    }

    void countFailure_showsTheRowsWithoutAnError_andTheNextCountTriesAgain()
    {
        Database& database = m_fresh->database();
        InvoiceListModel model(database, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        // The kept counts cannot be read; the rows still can.
        Query::execute(
            database,
            QStringLiteral("ALTER TABLE invoice_request_counts RENAME TO invoice_request_counts_away"));
        model.reload();
        QCOMPARE(model.rowCount(), 200);
        QTRY_VERIFY(!model.countsPending());
        QVERIFY(!model.countError().isEmpty());
        QVERIFY(model.statusCounts().isEmpty());

        Query::execute(
            database,
            QStringLiteral("ALTER TABLE invoice_request_counts_away RENAME TO invoice_request_counts"));
        model.reload();
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.countError(), QString());
        Query all(database, QStringLiteral("SELECT COUNT(*) FROM invoice_requests"));
        all.exec();
        QVERIFY(all.next());
        QCOMPARE(model.totalCount(), all.value(0).toLongLong());
        QCOMPARE(errors.count(), 0);
    }

    /// A failed read is announced once it is over: a page that shows the error in a dialog runs
    /// a nested event loop, and a reload from there (the connection came back meanwhile) reads
    /// the list instead of finding the failed read still under way and leaving the list empty;
    /// its counts start over rather than wait for the count of the list as it was.
    void readFailure_isAnnouncedAfterTheRead_soAReloadFromItsDialogReads()
    {
        Database& database = m_fresh->database();
        OrderListModel model(database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Query::execute(database, QStringLiteral("ALTER TABLE orders RENAME TO orders_away"));
        int announced = 0;
        connect(&model, &PagedTableModel::errorOccurred, this, [&] {
            if (++announced > 1)
                return;
            Query::execute(database, QStringLiteral("ALTER TABLE orders_away RENAME TO orders"));
            model.reread();
        });
        model.reload();
        QTRY_COMPARE(announced, 1);
        QVERIFY(model.rowCount() > 0);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), qint64(1000));
    }

    void statusTab_narrowsRowsButKeepsCounts()
    {
        VendorListModel model(m_fresh->database(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &PagedTableModel::countsChanged);
        model.reload();
        QTRY_VERIFY(!model.countsPending());
        const qint64 active = model.statusCounts().value(QStringLiteral("active"));
        model.setStatus(QStringLiteral("active"));
        QCOMPARE(qint64(model.rowCount()), active);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.totalCount(), qint64(8));
        // Each reload announces that counting began and then the counts.
        QCOMPARE(counts.count(), 4);
        QCOMPARE(model.statusEntries().size(), 4);
    }

    void refreshRows_updatesInPlace()
    {
        VendorListModel model(m_fresh->database(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QString id = model.idAt(3);
        Query(m_fresh->database(),
              QStringLiteral("UPDATE vendors SET contact_person = '周杰' WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRows({id});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 3);
        QCOMPARE(model.data(model.index(3, VendorRepository::ContactPerson)).toString(),
                 QStringLiteral("周杰"));
    }

    void configure_restoresAViewWithoutReading()
    {
        OrderListModel model(m_fresh->database());
        const QMap<int, QString> errors = model.configure(
            {QString(), QString(), QString(), QString(), QString(), QString(), QStringLiteral("oops")},
            QString(), QStringLiteral("paid"), OrderRepository::PaidAmount, Qt::DescendingOrder);
        QCOMPARE(errors.keys(), QList<int> {OrderRepository::PaidAmount});
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.status(), QStringLiteral("paid"));
        QCOMPARE(model.sortColumn(), int(OrderRepository::PaidAmount));
        QVERIFY(model.rowCount() > 0);
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC)};
};

QTEST_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
