#include "changefeed.h"
#include "freshdatabase.h"
#include "query.h"

#include <QSignalSpy>
#include <QTest>

/// Live refresh: what one client commits reaches another client's feed within a second.
class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(300), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void anotherClientsCommitArrives_ownChangesDoNot()
    {
        QFETCH_GLOBAL(QString, backend);
        ChangeFeed silent(m_fresh->database());
        if (backend == QStringLiteral("sqlite")) {
            QVERIFY(!silent.start()); // one user, nobody else to hear from
            return;
        }
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ChangeFeed feed(*other);
        QVERIFY(feed.start());
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        Query pick(m_fresh->database(),
                   QStringLiteral("SELECT id FROM invoice_requests ORDER BY id LIMIT 2"));
        pick.exec();
        QStringList ids;
        while (pick.next())
            ids << pick.value(0).toString();
        Query::execute(
            m_fresh->database(),
            QStringLiteral("UPDATE invoice_requests SET buyer_notice = 'x' WHERE id IN ('%1', '%2')")
                .arg(ids.at(0), ids.at(1)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("invoice_request"));
        QStringList received = changed.at(0).at(1).toStringList();
        received.sort();
        QCOMPARE(received, ids);

        // A change the listening client makes itself is not echoed back to it.
        Query::execute(*other, QStringLiteral("UPDATE vendors SET status_reason = 'y'"));
        // More than 100 rows at once: one notification that says "read everything again".
        Query::execute(m_fresh->database(), QStringLiteral("UPDATE invoice_requests SET buyer_notice = 'z'"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("invoice_request"));
        QVERIFY(changed.at(1).at(1).toStringList().isEmpty());
        QTest::qWait(200);
        QCOMPARE(changed.count(), 2);
    }

    void everyQueueTableAnnouncesItsChanges_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("entity");
        for (const auto& [table, entity] : {std::pair {"invoice_requests", "invoice_request"},
                                            {"vendors", "vendor"},
                                            {"applications", "application"},
                                            {"orders", "order"},
                                            {"deliveries", "delivery"},
                                            {"contracts", "contract"},
                                            {"products", "product"}})
            QTest::newRow(table) << QString::fromLatin1(table) << QString::fromLatin1(entity);
    }

    void everyQueueTableAnnouncesItsChanges()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QStringLiteral("sqlite"))
            return; // one user, nobody else to hear from (see above)
        QFETCH(QString, table);
        QFETCH(QString, entity);
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ChangeFeed feed(*other);
        QVERIFY(feed.start());
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        Query pick(m_fresh->database(), QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1").arg(table));
        pick.exec();
        QVERIFY2(pick.next(), "the demo data has a row to change");
        const QString id = pick.value(0).toString();
        Query::execute(m_fresh->database(),
                       QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = '%2'").arg(table, id));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
        QCOMPARE(changed.at(0).at(0).toString(), entity);
        QCOMPARE(changed.at(0).at(1).toStringList(), QStringList {id});
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
