#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "orderrepository.h"
#include "pagedquery.h"
#include "query.h"
#include "vendorrepository.h"

#include <QSet>
#include <QTest>

class TestPagedQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(1500), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void pages_coverEveryRowOnceInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("paid at, newest first") << int(OrderRepository::PaidAt) << true;
        QTest::newRow("amount, ascending") << int(OrderRepository::PaidAmount) << false;
        QTest::newRow("vendor name (ties)") << int(OrderRepository::Vendor) << false;
        QTest::newRow("status, descending (ties)") << int(OrderRepository::Status) << true;
    }
    void pages_coverEveryRowOnceInOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        PagedQuery query(db(), OrderRepository::tableSpec());
        PagedQuery::Request request;
        request.sortColumn = column;
        request.descending = descending;
        request.limit = 97;
        QSet<QString> seen;
        QVariant previous;
        int pages = 0;
        for (;;) {
            const PagedQuery::Page page = query.fetch(request);
            ++pages;
            for (const PagedQuery::Row& row : page.rows) {
                QVERIFY2(!seen.contains(row.id), "a row came twice");
                seen.insert(row.id);
                const QVariant value = row.values.at(column);
                if (previous.isValid()) {
                    const auto order = QVariant::compare(previous, value);
                    QVERIFY(descending ? order != QPartialOrdering::Less
                                       : order != QPartialOrdering::Greater);
                }
                previous = value;
            }
            if (page.atEnd)
                break;
            request.after = page.last;
        }
        QCOMPARE(seen.size(), 1500);
        QCOMPARE(pages, 16);
    }

    void filters_runInSql()
    {
        PagedQuery query(db(), OrderRepository::tableSpec());
        PagedQuery::Request request;
        request.limit = 5000;
        request.filters.insert(OrderRepository::PaidAmount,
                               ColumnFilter::parse(QStringLiteral(">=1000"), ColumnKind::Money));
        request.filters.insert(OrderRepository::Status, ColumnFilter::anyOf({QStringLiteral("paid")}));
        const PagedQuery::Page page = query.fetch(request);
        QVERIFY(!page.rows.isEmpty());
        for (const PagedQuery::Row& row : page.rows) {
            QVERIFY(row.values.at(OrderRepository::PaidAmount).toLongLong() >= 100000);
            QCOMPARE(row.values.at(OrderRepository::Status).toString(), QStringLiteral("paid"));
        }
        QCOMPARE(qint64(page.rows.size()),
                 countWhere(QStringLiteral("paid_fen >= 100000 AND status = 'paid'")));
    }

    void textFilter_matchesChineseAndEscapesWildcards()
    {
        PagedQuery query(db(), VendorRepository::tableSpec());
        PagedQuery::Request request;
        request.limit = 1000;
        request.filters.insert(VendorRepository::Name,
                               ColumnFilter::parse(QStringLiteral("有限公司"), ColumnKind::Text));
        QCOMPARE(query.fetch(request).rows.size(), 8);
        request.filters.insert(VendorRepository::Name,
                               ColumnFilter::parse(QStringLiteral("%"), ColumnKind::Text));
        QCOMPARE(query.fetch(request).rows.size(), 0);
    }

    void countByStatus_addsUpAndIgnoresTheSelectedStatus()
    {
        PagedQuery query(db(), OrderRepository::tableSpec());
        PagedQuery::Request request;
        request.status = QStringLiteral("refunded");
        const QHash<QString, qint64> counts = query.countByStatus(request);
        qint64 total = 0;
        for (qint64 count : counts)
            total += count;
        QCOMPARE(total, qint64(1500));
        QCOMPARE(counts.value(QStringLiteral("paid")), countWhere(QStringLiteral("status = 'paid'")));
    }

    void fetchRows_readsCurrentValues()
    {
        PagedQuery query(db(), VendorRepository::tableSpec());
        PagedQuery::Request request;
        const PagedQuery::Page page = query.fetch(request);
        const QString id = page.rows.first().id;
        Query(db(), QStringLiteral("UPDATE vendors SET contact_person = '新联系人' WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        const QList<PagedQuery::Row> rows = query.fetchRows({id, QStringLiteral("no-such-id")});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().values.at(VendorRepository::ContactPerson).toString(),
                 QStringLiteral("新联系人"));
    }

    void invoiceCounts_keptByTriggersThroughInsertsUpdatesAndDeletes()
    {
        PagedQuery query(db(), InvoiceRequestRepository::tableSpec());
        QCOMPARE(query.countByStatus({}), countedInvoiceStatuses());
        Query::execute(db(),
                       QStringLiteral("UPDATE invoice_requests SET status = 'voided' WHERE id IN "
                                      "(SELECT id FROM invoice_requests WHERE status = 'pending' "
                                      "ORDER BY id LIMIT 7)"));
        Query::execute(db(),
                       QStringLiteral("DELETE FROM invoice_requests WHERE id IN (SELECT id FROM "
                                      "invoice_requests WHERE status = 'issued' ORDER BY id LIMIT 3)"));
        Query::execute(
            db(), QStringLiteral("UPDATE invoice_requests SET status = 'issued' WHERE status = 'failed'"));
        const QHash<QString, qint64> expected = countedInvoiceStatuses();
        QVERIFY(!expected.contains(QStringLiteral("failed")));
        QCOMPARE(query.countByStatus({}), expected);
        // A filtered list counts its rows; the kept counts serve only the whole list.
        PagedQuery::Request filtered;
        filtered.search = QStringLiteral("有限公司");
        QVERIFY(query.countByStatus(filtered).value(QStringLiteral("issued"))
                < expected.value(QStringLiteral("issued")));

        if (const QString fold = db().dialect().foldCountsStatement(QStringLiteral("invoice_request_counts"));
            !fold.isEmpty())
            Query::execute(db(), fold);
        QCOMPARE(query.countByStatus({}), expected);
        const QString key = db().url().backend() == DatabaseUrl::Backend::Postgres
            ? QStringLiteral("vendor_id || ':' || status")
            : QStringLiteral("status");
        Query rows(
            db(), QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT %1) FROM invoice_request_counts").arg(key));
        rows.exec();
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), rows.value(1).toInt());
    }

    void overdueCounts_matchTheDeadlines_withAndWithoutFilters()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QString overdue = QStringLiteral("action_due_at < %1").arg(now);
        PagedQuery query(db(), InvoiceRequestRepository::tableSpec());
        PagedQuery::Request request;
        request.dueBefore = now;
        // The whole list: status by status along the (status, deadline) index.
        QVERIFY(query.countStatement(request).sql.contains(QStringLiteral("invoice_request_counts")));
        const QHash<QString, qint64> counts = query.countByStatus(request);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts, countedInvoiceStatuses(overdue));
        QVERIFY(counts.value(QStringLiteral("pending"))
                < countedInvoiceStatuses().value(QStringLiteral("pending")));

        request.filters.insert(InvoiceRequestRepository::OrderNo,
                               ColumnFilter::parse(QStringLiteral("7"), ColumnKind::Text));
        const QHash<QString, qint64> filtered = query.countByStatus(request);
        QCOMPARE(filtered, countedInvoiceStatuses(overdue + QStringLiteral(" AND order_no LIKE '%7%'")));
        QVERIFY(filtered.value(QStringLiteral("pending")) < counts.value(QStringLiteral("pending")));
    }

    void invoiceSearch_findsExactlyTheRowsContainingTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("one digit") << QStringLiteral("7") << true;
        QTest::newRow("two digits") << QStringLiteral("42") << true;
        QTest::newRow("order ID part") << QStringLiteral("0000000012") << true;
        QTest::newRow("one Chinese character") << QStringLiteral("深") << true;
        QTest::newRow("two Chinese characters") << QStringLiteral("科技") << true;
        QTest::newRow("Chinese, trigram index") << QStringLiteral("有限公司") << true;
        QTest::newRow("customer ID, then phone") << QStringLiteral("5 13") << true;
        QTest::newRow("quote and percent") << QStringLiteral("\"5%") << false;
    }
    void invoiceSearch_findsExactlyTheRowsContainingTheText()
    {
        QFETCH(QString, text);
        QFETCH(bool, matches);
        const QSet<QString> expected = idsContaining(text);
        QCOMPARE(!expected.isEmpty(), matches);
        QCOMPARE(searchedIds(text), expected);
    }

    /// A row holding every trigram of the text, but apart, is no match.
    void invoiceSearch_needsTheTrigramsTogether()
    {
        Query::execute(db(),
                       QStringLiteral("UPDATE invoice_requests SET title = 'QWEzzzRTY' WHERE id = "
                                      "(SELECT MIN(id) FROM invoice_requests)"));
        QVERIFY(searchedIds(QStringLiteral("QWERTY")).isEmpty());
        QCOMPARE(searchedIds(QStringLiteral("qwezzzrty")).size(), 1);
    }

    void invoiceSearch_followsUpdates()
    {
        Query::execute(db(),
                       QStringLiteral("UPDATE invoice_requests SET invoice_no = 'ZX98765' WHERE id = "
                                      "(SELECT MIN(id) FROM invoice_requests)"));
        QCOMPARE(searchedIds(QStringLiteral("x9876")).size(), 1);
        QCOMPARE(searchedIds(QStringLiteral("x9876")), idsContaining(QStringLiteral("x9876")));
        Query::execute(db(),
                       QStringLiteral("UPDATE invoice_requests SET invoice_no = NULL WHERE "
                                      "invoice_no = 'ZX98765'"));
        QVERIFY(searchedIds(QStringLiteral("x9876")).isEmpty());
    }

    /// The Orders search finds exactly the orders whose number, customer ID or phone holds the text,
    /// also after a change; on SQLite through its trigram table, which triggers keep.
    void orderSearch_findsExactlyTheMatchingOrders_alsoAfterAChange()
    {
        const TableSpec spec = OrderRepository::tableSpec();
        const QString table = QStringLiteral("orders");
        const QStringList columns
            = {QStringLiteral("order_no"), QStringLiteral("customer_no"), QStringLiteral("contact_phone")};
        for (const QString& text :
             {QStringLiteral("7"), QStringLiteral("0000000012"), QStringLiteral("5 13")}) {
            const QSet<QString> expected = idsContaining(text, table, columns);
            QVERIFY2(!expected.isEmpty(), qPrintable(text));
            QCOMPARE(searchedIds(text, spec), expected);
        }
        Query::execute(db(),
                       QStringLiteral("UPDATE orders SET contact_phone = '19987650001' WHERE id = "
                                      "(SELECT MIN(id) FROM orders)"));
        QStringList statements;
        QCOMPARE(searchedIds(QStringLiteral("98765000"), spec, &statements).size(), 1);
        QCOMPARE(searchedIds(QStringLiteral("98765000"), spec),
                 idsContaining(QStringLiteral("98765000"), table, columns));
        if (db().url().backend() == DatabaseUrl::Backend::Sqlite)
            QVERIFY(statements.join(QLatin1Char('\n')).contains(QStringLiteral("order_search MATCH")));
    }

    /// A status tab sorted by any column pages through exactly the rows the usual statement sorts
    /// in one go, whether a page is found in the window of rows read through the sort index or
    /// after it (SQLite), read from the whole tab (PostgreSQL) or by the usual statement.
private:
    Database& db() { return m_fresh->database(); }
    QHash<QString, qint64> countedInvoiceStatuses(const QString& condition = QStringLiteral("TRUE"))
    {
        Query query(db(),
                    QStringLiteral("SELECT status, COUNT(*) FROM invoice_requests WHERE %1 GROUP BY status")
                        .arg(condition));
        query.exec();
        QHash<QString, qint64> counts;
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
        return counts;
    }
    /// The rows a search through `spec` finds, page by page; `statements` gets what it ran.
    QSet<QString> searchedIds(const QString& text,
                              const TableSpec& spec = InvoiceRequestRepository::tableSpec(),
                              QStringList* statements = nullptr)
    {
        PagedQuery query(db(), spec);
        PagedQuery::Request request;
        request.search = text;
        request.limit = 500;
        QSet<QString> ids;
        for (;;) {
            const PagedQuery::Page page = query.fetch(request);
            for (const PagedQuery::Row& row : page.rows)
                ids.insert(row.id);
            for (const PagedQuery::Statement& statement : query.lastStatements()) {
                if (statements)
                    *statements << statement.sql;
            }
            if (page.atEnd)
                return ids;
            request.after = page.last;
        }
    }
    /// The rows whose searched text contains `text`, found in C++ rather than SQL: the searched
    /// `columns` of `table`, joined by spaces.
    QSet<QString> idsContaining(const QString& text,
                                const QString& table = QStringLiteral("invoice_requests"),
                                const QStringList& columns
                                = {QStringLiteral("order_no"), QStringLiteral("customer_no"),
                                   QStringLiteral("contact_phone"),
                                   QStringLiteral("COALESCE(invoice_no, '')"), QStringLiteral("title")})
    {
        Query query(db(),
                    QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        query.exec();
        QSet<QString> ids;
        while (query.next()) {
            QStringList parts;
            for (int column = 1; column <= columns.size(); ++column)
                parts << query.value(column).toString();
            if (parts.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
                ids.insert(query.value(0).toString());
        }
        return ids;
    }
    qint64 countWhere(const QString& condition)
    {
        Query query(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE ") + condition);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : -1;
    }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestPagedQuery)
#include "tst_pagedquery.moc"
