#include "demodatawriter.h"
#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "orderenums.h"
#include "pagedquery.h"
#include "query.h"

#include <QTest>

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void write_fillsThePlannedCounts()
    {
        QCOMPARE(writer().write(3000), QString());
        const DemoDataWriter::Counts planned = DemoDataWriter::plannedCounts(3000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), planned.orders);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests")), planned.invoiceRequests);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vendors")), planned.vendors);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM products")), planned.products);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM buyers")), planned.buyers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applications")), planned.applications);
    }

    void write_coversEveryStateAndType_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("distinct");
        QTest::newRow("invoice states")
            << QStringLiteral("SELECT COUNT(DISTINCT status) FROM invoice_requests") << qint64(13);
        QTest::newRow("delivery states")
            << QStringLiteral("SELECT COUNT(DISTINCT state) FROM deliveries") << qint64(7);
        QTest::newRow("order types") << QStringLiteral("SELECT COUNT(DISTINCT order_type) FROM orders")
                                     << qint64(4);
        QTest::newRow("order statuses")
            << QStringLiteral("SELECT COUNT(DISTINCT status) FROM orders") << qint64(4);
        QTest::newRow("delivery types")
            << QStringLiteral("SELECT COUNT(DISTINCT delivery_type) FROM products") << qint64(5);
        QTest::newRow("vendor statuses")
            << QStringLiteral("SELECT COUNT(DISTINCT status) FROM vendors") << qint64(4);
        QTest::newRow("application states")
            << QStringLiteral("SELECT COUNT(DISTINCT status) FROM applications") << qint64(5);
        QTest::newRow("vendors in several markets")
            << QStringLiteral("SELECT COUNT(*) FROM (SELECT vendor_id FROM vendor_markets GROUP BY vendor_id "
                              "HAVING COUNT(*) > 1) several")
            << qint64(-1);
        QTest::newRow("material change kinds")
            << QStringLiteral("SELECT COUNT(DISTINCT kind) FROM vendor_changes") << qint64(4);
        QTest::newRow("material change reports overdue")
            << QStringLiteral(
                   "SELECT COUNT(*) FROM vendor_changes WHERE reported_at IS NULL AND report_due_at < %1")
                   .arg(anchor().toMSecsSinceEpoch())
            << qint64(-1);
        QTest::newRow("material change reports late")
            << QStringLiteral("SELECT COUNT(*) FROM vendor_changes WHERE reported_at >= report_due_at")
            << qint64(-1);
        QTest::newRow("material changes of vendors that left")
            << QStringLiteral("SELECT COUNT(*) FROM vendor_changes c JOIN vendors v ON v.id = c.vendor_id "
                              "WHERE v.status IN ('exited', 'expelled')")
            << qint64(0);
        QTest::newRow("products without every checklist item ticked")
            << QStringLiteral("SELECT COUNT(*) FROM products p WHERE (SELECT COUNT(*) FROM product_checks c "
                              "WHERE c.product_id = p.id AND c.ticked) <> %1")
                   .arg(EnumKeyTable<ListingCheck>::entries.size())
            << qint64(0);
        QTest::newRow("deposit kinds beyond payments")
            << QStringLiteral("SELECT COUNT(DISTINCT kind) FROM deposit_entries WHERE kind <> 'payment'")
            << qint64(2);
        QTest::newRow("refunding orders without a pending refund")
            << QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.status = 'refunding' AND NOT EXISTS "
                              "(SELECT 1 FROM refunds f WHERE f.order_id = o.id AND f.status = 'requested')")
            << qint64(0);
        QTest::newRow("refunding deliveries of orders not refunding")
            << QStringLiteral("SELECT COUNT(*) FROM deliveries d JOIN orders o ON o.id = d.order_id "
                              "WHERE d.state = 'refunding' AND o.status <> 'refunding'")
            << qint64(0);
    }
    void write_coversEveryStateAndType()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, distinct);
        QCOMPARE(writer().write(3000), QString());
        const qint64 found = count(sql);
        if (distinct < 0)
            QVERIFY(found > 0);
        else
            QCOMPARE(found, distinct);
    }

    void write_isDeterministic()
    {
        QCOMPARE(writer().write(500), QString());
        FreshDatabase second(m_fresh->url().backend() == DatabaseUrl::Backend::Sqlite
                                 ? QStringLiteral("sqlite")
                                 : QStringLiteral("postgresql"));
        QCOMPARE(second.error(), QString());
        QCOMPARE(DemoDataWriter(second.database(), anchor()).write(500), QString());
        const QString fingerprint
            = QStringLiteral("SELECT id, order_no, paid_fen, paid_at, status FROM orders ORDER BY order_no");
        Query mine(m_fresh->database(), fingerprint);
        Query theirs(second.database(), fingerprint);
        mine.exec();
        theirs.exec();
        int rows = 0;
        while (mine.next()) {
            QVERIFY(theirs.next());
            for (int column = 0; column < 5; ++column)
                QCOMPARE(mine.value(column).toString(), theirs.value(column).toString());
            ++rows;
        }
        QVERIFY(!theirs.next());
        QCOMPARE(rows, 500);
    }

    /// The load leaves foreign keys and CHECK constraints unchecked and the tab counts and trigram
    /// index to one pass at the end: what it leaves must be what row-by-row writing would have.
    void write_leavesReferencesCountsAndSearchWhole()
    {
        QCOMPARE(writer().write(3000), QString());
        Database& db = m_fresh->database();
        if (db.dialect().backend() == DatabaseUrl::Backend::Sqlite) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), qint64(0));
            QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), qint64(1));
            // CHECK and NOT NULL constraints hold although the load left them unevaluated.
            Query check(db, QStringLiteral("PRAGMA quick_check"));
            check.exec();
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            QCOMPARE(count(QStringLiteral("PRAGMA ignore_check_constraints")), qint64(0));
            // The trigram index's write buffer is back to FTS5's default after the rebuild.
            QCOMPARE(
                count(QStringLiteral("SELECT v FROM invoice_request_search_config WHERE k = 'hashsize'")),
                qint64(1024 * 1024));
        }
        PagedQuery queue(db, InvoiceRequestRepository::tableSpec());
        QCOMPARE(queue.countByStatus({}), statusCounts());
        PagedQuery::Request search;
        search.search = QStringLiteral("有限公司");
        search.limit = 5000;
        const qint64 companies
            = count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE title LIKE '%有限公司%'"));
        QVERIFY(companies > 0);
        QCOMPARE(qint64(queue.fetch(search).rows.size()), companies);

        // The triggers are back: a request written afterwards is counted and found.
        Query::execute(db,
                       QStringLiteral("UPDATE invoice_requests SET title = 'Zebra Trading 斑马' "
                                      "WHERE id = (SELECT MIN(id) FROM invoice_requests)"));
        Query::execute(db,
                       QStringLiteral("DELETE FROM invoice_requests WHERE id = "
                                      "(SELECT MAX(id) FROM invoice_requests WHERE status = 'pending')"));
        Query::execute(db,
                       QStringLiteral("INSERT INTO invoice_requests (id, request_no, order_no, customer_no, "
                                      "contact_phone, title, invoice_type, medium, amount_fen, status, "
                                      "applied_at, due_at, action_due_at, created_at, updated_at) "
                                      "VALUES ('00000000-0000-7000-8000-000000000001', 'FPX1', '1', '2', "
                                      "'3', 'Zebra Works 斑马', 'vat_normal', 'paper', 100, 'pending', "
                                      "0, 0, 0, 0, 0)"));
        if (const QString fold
            = db.dialect().foldCountsStatement(InvoiceRequestRepository::tableSpec().countsTable);
            !fold.isEmpty())
            Query::execute(db, fold);
        QCOMPARE(queue.countByStatus({}), statusCounts());
        search.search = QStringLiteral("zebra");
        QCOMPARE(queue.fetch(search).rows.size(), 2);
    }

    /// On PostgreSQL the load's count change rows are folded into a table of the folded rows' own
    /// size: the space of deleted rows stays with a table, and every sum of the tab counts reads it.
    void write_leavesTheCountsTableNoBiggerThanItsRows()
    {
        QCOMPARE(writer().write(3000), QString());
        Database& db = m_fresh->database();
        if (db.url().backend() != DatabaseUrl::Backend::Postgres)
            return;
        Query::execute(
            db, QStringLiteral("CREATE TEMPORARY TABLE counts_copy AS SELECT * FROM invoice_request_counts"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM invoice_request_counts")),
            count(QStringLiteral("SELECT COUNT(DISTINCT vendor_id || status) FROM invoice_request_counts")));
        QCOMPARE(count(QStringLiteral("SELECT pg_relation_size('invoice_request_counts')")),
                 count(QStringLiteral("SELECT pg_relation_size('counts_copy')")));
    }

    void write_refusesADatabaseWithData()
    {
        QCOMPARE(writer().write(100), QString());
        QVERIFY(!writer().write(100).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), qint64(100));
    }

    void write_reportsProgress()
    {
        qint64 last = 0;
        qint64 total = 0;
        QCOMPARE(writer().write(50000,
                                [&](qint64 done, qint64 of) {
                                    QVERIFY(done >= last);
                                    last = done;
                                    total = of;
                                }),
                 QString());
        QVERIFY(total > 0);
        QCOMPARE(last, total);
    }

private:
    static QDateTime anchor() { return QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC); }
    DemoDataWriter writer() { return DemoDataWriter(m_fresh->database(), anchor()); }
    QHash<QString, qint64> statusCounts()
    {
        Query query(m_fresh->database(),
                    QStringLiteral("SELECT status, COUNT(*) FROM invoice_requests GROUP BY status"));
        query.exec();
        QHash<QString, qint64> counts;
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
        return counts;
    }
    qint64 count(const QString& sql)
    {
        Query query(m_fresh->database(), sql);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : -1;
    }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
