#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "orderrepository.h"
#include "pagedquery.h"
#include "query.h"

#include <QSet>
#include <QTest>

/// The ways PagedQuery reads a page besides the plain statement — a window of rows in sort order,
/// every match read and sorted, a tab read whole first or walked beside its index — each checked
/// against the pages the plain statement gives.
class TestPagedQueryPlans : public QObject
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

    void trigramSearch_pagesLikeThePlainStatement_whicheverWayItReads_data()
    {
        QTest::addColumn<bool>("orders"); // else invoice requests
        QTest::addColumn<int>("filterColumn"); // the texts go into this column's filter; -1: the search
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("invoice requests")
            << false << -1
            << QStringList {QStringLiteral("有限公司"), QStringLiteral("科技有限"), QStringLiteral("138")};
        // Every customer ID starts with 1000; a phone prefix; one order's number (added below).
        QTest::newRow("orders") << true << -1 << QStringList {QStringLiteral("1000"), QStringLiteral("138")};
        QTest::newRow("invoice requests, order ID filter")
            << false << int(InvoiceRequestRepository::OrderNo) << QStringList {QStringLiteral("0000")};
        QTest::newRow("orders, customer ID filter")
            << true << int(OrderRepository::CustomerNo)
            << QStringList {QStringLiteral("1000"), QStringLiteral("0000012")};
    }
    void trigramSearch_pagesLikeThePlainStatement_whicheverWayItReads()
    {
        // A search of 3 or more characters looks among the next rows in sort order first; then SQLite
        // reads the trigram table's matches, and PostgreSQL (with kept counts) walks on or reads every
        // match through the trigram index. Each way must give the pages the plain statement gives.
        // Common, middling and rare texts, with a window of 20 rows and the default.
        QFETCH(bool, orders);
        QFETCH(int, filterColumn);
        QFETCH(QStringList, texts);
        const TableSpec spec = orders ? OrderRepository::tableSpec() : InvoiceRequestRepository::tableSpec();
        Query someOrder(db(), QStringLiteral("SELECT order_no FROM orders ORDER BY order_no LIMIT 1"));
        someOrder.exec();
        QVERIFY(someOrder.next());
        if (filterColumn != int(OrderRepository::CustomerNo))
            texts << someOrder.value(0).toString().right(7);
        const auto searchOrFilter = [filterColumn](PagedQuery::Request& request, const QString& text) {
            if (filterColumn < 0)
                request.search = text;
            else
                request.filters.insert(filterColumn, ColumnFilter::parse(text, ColumnKind::Text));
        };
        QSet<QString> ways;
        for (const int window : {20, 1000}) {
            for (const QString& text : std::as_const(texts)) {
                PagedQuery searched(db(), spec);
                searched.setSearchWindow(window);
                PagedQuery::Request request;
                searchOrFilter(request, text);
                request.limit = 30;
                const QStringList expected = plainIds(spec, request);
                QVERIFY2(!expected.isEmpty(), qPrintable(text));
                QCOMPARE(pagedIds(searched, request, &ways), expected);
            }
        }
        const bool sqlite = db().url().backend() == DatabaseUrl::Backend::Sqlite;
        if (orders) // no kept counts: SQLite reads its trigram table after the window, PostgreSQL plans
            QCOMPARE(ways,
                     sqlite ? (QSet<QString> {QStringLiteral("window"), QStringLiteral("plain"),
                                              QStringLiteral("trigram table")})
                            : QSet<QString> {QStringLiteral("plain")});
        else // kept counts: by the window's share of matches, walk on or read every match
            QCOMPARE(ways,
                     sqlite ? (QSet<QString> {QStringLiteral("window"), QStringLiteral("matches"),
                                              QStringLiteral("trigram table")})
                            : (QSet<QString> {QStringLiteral("window"), QStringLiteral("matches")}));
    }

    /// Any column filter of a list with kept counts looks among the next rows in sort order first,
    /// then walks on or reads every match, by their share in the window; a filter of the sort
    /// column itself is a range of the index the plain statement walks. Each way must give the
    /// pages the plain statement gives: rare, middling and common matches, alone, together and
    /// with a search, sorted both ways, with a window of 20 rows and the default.
    void columnFilters_pageLikeThePlainStatement_whicheverWayTheyRead()
    {
        const TableSpec spec = InvoiceRequestRepository::tableSpec();
        using Repository = InvoiceRequestRepository;
        Query someAmount(db(), QStringLiteral("SELECT amount_fen FROM invoice_requests ORDER BY id LIMIT 1"));
        someAmount.exec();
        QVERIFY(someAmount.next());
        const QString rareAmount = QString::number(someAmount.value(0).toLongLong() / 100);
        const QDateTime now(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
        const auto filter = [&](int column, const QString& text) {
            return ColumnFilter::parse(text, spec.columns.at(column).kind, nullptr, now);
        };
        QList<QMap<int, ColumnFilter>> filterSets {
            {{Repository::Type, ColumnFilter::anyOf({QStringLiteral("vat_special")})}},
            {{Repository::Amount, filter(Repository::Amount, QStringLiteral(">=500"))}},
            {{Repository::Amount, filter(Repository::Amount, rareAmount)}},
            {{Repository::AppliedAt, filter(Repository::AppliedAt, QStringLiteral("2026-11"))}},
            {{Repository::TimeLeft, filter(Repository::TimeLeft, QStringLiteral("<2d"))}},
            {{Repository::Type, ColumnFilter::anyOf({QStringLiteral("vat_normal")})},
             {Repository::Amount, filter(Repository::Amount, QStringLiteral("<=300"))}},
        };
        QSet<QString> ways;
        qsizetype found = 0;
        for (const int window : {20, 1000}) {
            for (const int sortColumn : {int(Repository::TimeLeft), int(Repository::Amount)}) {
                for (const bool descending : {false, true}) {
                    for (const QMap<int, ColumnFilter>& filters : std::as_const(filterSets)) {
                        for (const QString& search : {QString(), QStringLiteral("有限")}) {
                            PagedQuery filtered(db(), spec);
                            filtered.setSearchWindow(window);
                            PagedQuery::Request request;
                            request.filters = filters;
                            request.search = search;
                            request.sortColumn = sortColumn;
                            request.descending = descending;
                            request.limit = 30;
                            const QStringList expected = plainIds(spec, request);
                            found += expected.isEmpty() ? 0 : 1;
                            QSet<QString> searchedWays;
                            QCOMPARE(pagedIds(filtered, request, search.isEmpty() ? &ways : &searchedWays),
                                     expected);
                        }
                    }
                }
            }
        }
        QCOMPARE(found, qsizetype(2 * 2 * 2 * 2) * filterSets.size());
        // The filters alone (a search would look in the window anyway).
        QVERIFY2(ways.contains(QStringLiteral("window")) && ways.contains(QStringLiteral("matches"))
                     && ways.contains(QStringLiteral("plain")),
                 qPrintable(QStringList(ways.cbegin(), ways.cend()).join(QStringLiteral(", "))));

        // A large tab sorted by a column no index orders within it (a sort-index window of 4 rows
        // makes every tab large): SQLite would read the whole tab and sort it for the window, so
        // its window walks the rows of every status and keeps the tab's.
        QSet<QString> tabWays;
        for (const bool descending : {false, true}) {
            for (const QMap<int, ColumnFilter>& filters : std::as_const(filterSets)) {
                for (const QString& search : {QString(), QStringLiteral("有限")}) {
                    PagedQuery filtered(db(), spec);
                    filtered.setSearchWindow(20);
                    filtered.setSortIndexWindow(4);
                    PagedQuery::Request request;
                    request.status = QStringLiteral("pending");
                    request.filters = filters;
                    request.search = search;
                    request.sortColumn = Repository::CustomerNo;
                    request.descending = descending;
                    request.limit = 30;
                    QCOMPARE(pagedIds(filtered, request, &tabWays), plainIds(spec, request));
                }
            }
        }
        QCOMPARE(tabWays.contains(QStringLiteral("window beside the tab")),
                 db().url().backend() == DatabaseUrl::Backend::Sqlite);
    }

    void statusTab_pagesLikeTheFullSort_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("descending");
        for (const int window : {4, 60}) {
            QTest::addRow("window %d, ascending", window) << window << false;
            QTest::addRow("window %d, descending", window) << window << true;
        }
    }
    void statusTab_pagesLikeTheFullSort()
    {
        QFETCH(int, window);
        QFETCH(bool, descending);
        const TableSpec spec = InvoiceRequestRepository::tableSpec();
        PagedQuery windowed(db(), spec);
        windowed.setSortIndexWindow(window);
        PagedQuery whole(db(), spec);
        const QHash<QString, qint64> counts = whole.countByStatus({});
        QString largest;
        QString smallest;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (largest.isEmpty() || it.value() > counts.value(largest))
                largest = it.key();
            if (smallest.isEmpty() || it.value() < counts.value(smallest))
                smallest = it.key();
        }
        QVERIFY(counts.value(largest) > 60);
        for (const QString& status : {largest, smallest}) {
            for (int column = 0; column < spec.columns.size(); ++column) {
                if (!spec.columns.at(column).sortable)
                    continue;
                PagedQuery::Request request;
                request.status = status;
                request.sortColumn = column;
                request.descending = descending;
                request.limit = 100000;
                QStringList expected;
                const PagedQuery::Statement sorted = whole.pageStatement(request);
                Query all(db(), sorted.sql);
                for (qsizetype i = 0; i < sorted.values.size(); ++i)
                    all.bind(QStringLiteral(":p%1").arg(i), sorted.values.at(i));
                all.exec();
                while (all.next())
                    expected << all.value(0).toString();
                request.limit = 7;
                QStringList paged;
                for (;;) {
                    const PagedQuery::Page page = windowed.fetch(request);
                    for (const PagedQuery::Row& row : page.rows)
                        paged << row.id;
                    if (page.atEnd)
                        break;
                    request.after = page.last;
                }
                QVERIFY2(paged == expected,
                         qPrintable(QStringLiteral("%1 sorted by %2: %3 rows, %4 expected")
                                        .arg(status, spec.columns.at(column).key)
                                        .arg(paged.size())
                                        .arg(expected.size())));
            }
        }
    }

    /// Lookups joined after a page's LIMIT give the rows, the order and the looked-up values of
    /// joining them in `from`: in every sort, in a search, and in a tab read through the window.
    void lookupJoins_pageLikeJoiningFirst()
    {
        const TableSpec spec = InvoiceRequestRepository::tableSpec();
        QVERIFY(!spec.lookupJoins.isEmpty());
        TableSpec joinedFirst = spec;
        joinedFirst.from = spec.from + QLatin1Char(' ') + spec.lookupJoins;
        joinedFirst.lookupJoins.clear();
        PagedQuery lookingUp(db(), spec);
        PagedQuery joining(db(), joinedFirst);
        lookingUp.setSortIndexWindow(60);
        joining.setSortIndexWindow(60);
        const QString refunded = QStringLiteral("refunded");
        Query::execute(
            db(),
            QStringLiteral("UPDATE orders SET status = 'refunded' WHERE id IN (SELECT order_id FROM "
                           "invoice_requests WHERE status = 'pending' AND order_id IS NOT NULL)"));
        QList<PagedQuery::Request> requests;
        for (int column = 0; column < spec.columns.size(); ++column) {
            if (!spec.columns.at(column).sortable)
                continue;
            for (const bool descending : {false, true}) {
                PagedQuery::Request request;
                request.sortColumn = column;
                request.descending = descending;
                request.limit = 97;
                requests << request;
                request.status = QStringLiteral("pending");
                requests << request;
            }
        }
        PagedQuery::Request searched;
        searched.search = QStringLiteral("科技");
        searched.limit = 97;
        requests << searched;
        bool lookedUp = false;
        for (const PagedQuery::Request& request : std::as_const(requests)) {
            const QStringList expected = pagedRows(joining, request);
            const QStringList rows = pagedRows(lookingUp, request);
            QVERIFY2(rows == expected,
                     qPrintable(QStringLiteral("tab '%1' sorted by %2: %3 rows, %4 expected")
                                    .arg(request.status, spec.columns.at(request.sortColumn).key)
                                    .arg(rows.size())
                                    .arg(expected.size())));
            lookedUp = lookedUp || rows.join(QLatin1Char(';')).contains(refunded);
        }
        QVERIFY(lookedUp);
    }

private:
    Database& db() { return m_fresh->database(); }
    /// The ids of every row of `request` as its plain statement reads them, in one page.
    QStringList plainIds(const TableSpec& spec, PagedQuery::Request request)
    {
        request.limit = 100000;
        request.after.reset();
        const PagedQuery::Statement plain = PagedQuery(db(), spec).pageStatement(request);
        Query query(db(), plain.sql);
        for (qsizetype value = 0; value < plain.values.size(); ++value)
            query.bind(QStringLiteral(":p%1").arg(value), plain.values.at(value));
        query.exec();
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }
    /// Every page of `request` through `query`, as ids; `ways` gets how each page was read: the
    /// window of rows in sort order ("window"), every match sorted ("matches"), the plain
    /// statement ("plain"), and besides "trigram table" when SQLite's was read and "window beside
    /// the tab" when the window walked the rows of every status.
    static QStringList pagedIds(PagedQuery& query, PagedQuery::Request request, QSet<QString>* ways)
    {
        QStringList ids;
        for (;;) {
            const PagedQuery::Page page = query.fetch(request);
            for (const PagedQuery::Row& row : page.rows)
                ids << row.id;
            for (const PagedQuery::Statement& statement : query.lastStatements()) {
                if (statement.sql.contains(QStringLiteral("_search MATCH")))
                    *ways << QStringLiteral("trigram table");
                if (statement.sql.contains(QStringLiteral("matched_0"))
                    && statement.sql.contains(QStringLiteral("tab_status")))
                    *ways << QStringLiteral("window beside the tab");
                if (statement.sql.startsWith(QStringLiteral("SELECT COUNT(*)")))
                    continue; // whether the window reached the end
                *ways << (statement.sql.contains(QStringLiteral("MATERIALIZED")) ? QStringLiteral("matches")
                              : statement.sql.contains(QStringLiteral("matched_0"))
                              ? QStringLiteral("window")
                              : QStringLiteral("plain"));
            }
            if (page.atEnd)
                return ids;
            request.after = page.last;
        }
    }
    /// Every page of `request`: each row's id, values and extras, as text.
    static QStringList pagedRows(PagedQuery& query, PagedQuery::Request request)
    {
        QStringList rows;
        for (;;) {
            const PagedQuery::Page page = query.fetch(request);
            for (const PagedQuery::Row& row : page.rows) {
                QStringList values {row.id};
                for (const QVariant& value : row.values + row.extras)
                    values << value.toString();
                rows << values.join(QLatin1Char('|'));
            }
            if (page.atEnd)
                return rows;
            request.after = page.last;
        }
    }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestPagedQueryPlans)
#include "tst_pagedqueryplans.moc"
