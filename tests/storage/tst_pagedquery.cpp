#include "demodatawriter.h"
#include "freshdatabase.h"
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
        QCOMPARE(DemoDataWriter(db(), QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC)).write(1500),
                 QString());
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

private:
    Database& db() { return m_fresh->database(); }
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
