#include "changefeed.h"
#include "freshdatabase.h"
#include "query.h"
#include "testsql.h"
#include "updatevendorcontact.h"
#include "vendorservice.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QUuid>

/// The server drops the session in the middle of the work (a restart, a network drop): reads and
/// the next save go on over a new connection, and live refresh listens again.
class TestReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(20), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void readsSavesAndNotificationsSurviveALostSession()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QStringLiteral("postgresql"))
            return; // the embedded file has no server to lose
        QString error;
        const std::unique_ptr<Database> admin = db().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int reconnects = 0;
        db().addReconnectListener([&reconnects] { ++reconnects; });
        ChangeFeed feed(db());
        QVERIFY(feed.start(50));
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        QSignalSpy reconnected(&feed, &ChangeFeed::reconnected);

        const QString before = TestSql::scalar(db(), QStringLiteral("SELECT pg_backend_pid()"));
        dropSession(*admin, before);
        // A read outside a transaction runs again on a new session.
        QCOMPARE(TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) > 0 FROM vendors")),
                 QStringLiteral("true"));
        QVERIFY(TestSql::scalar(db(), QStringLiteral("SELECT pg_backend_pid()")) != before);
        QCOMPARE(reconnects, 1);

        // The next save goes through: its BEGIN reconnects.
        dropSession(*admin, TestSql::scalar(db(), QStringLiteral("SELECT pg_backend_pid()")));
        const QString vendor
            = TestSql::scalar(*admin, QStringLiteral("SELECT id FROM vendors ORDER BY id LIMIT 1"));
        const int version
            = TestSql::scalar(*admin,
                              QStringLiteral("SELECT version FROM vendors WHERE id = '%1'").arg(vendor))
                  .toInt();
        VendorService service(db());
        const UpdateVendorContact command {{CommandId(QUuid::createUuid()), QStringLiteral("clerk"),
                                            QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)},
                                           VendorId::fromString(vendor),
                                           version,
                                           QStringLiteral("赵敏"),
                                           QStringLiteral("13812345678"),
                                           QStringLiteral("zhao@example.cn")};
        QCOMPARE(service.updateContact(command).kind, WriteOutcome::Kind::Done);
        QCOMPARE(reconnects, 2);

        // While idle, the heartbeat notices the lost session; the feed listens again.
        dropSession(*admin, TestSql::scalar(db(), QStringLiteral("SELECT pg_backend_pid()")));
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 3, 2000);
        Query::execute(*admin,
                       QStringLiteral("UPDATE vendors SET status_reason = 'x' WHERE id = '%1'").arg(vendor));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        QCOMPARE(changed.last().at(1).toStringList(), QStringList {vendor});
    }

    /// Only a failure that may come from a lost connection costs a probe of the session (and a
    /// reconnection when it is gone); a statement's own failure, such as a cancelled count or a
    /// duplicate key, leaves the session as it is.
    void statementsOwnFailure_isNotTakenForALostConnection()
    {
        const auto failure = [](const char* state) {
            return QSqlError(QStringLiteral("QPSQL: Unable to run"), QStringLiteral("message"),
                             QSqlError::StatementError, QString::fromLatin1(state));
        };
        QVERIFY(Database::mayMeanLostConnection(failure("")));
        QVERIFY(Database::mayMeanLostConnection(failure("08006")));
        QVERIFY(Database::mayMeanLostConnection(failure("57P01")));
        QVERIFY(!Database::mayMeanLostConnection(failure("57014")));
        QVERIFY(!Database::mayMeanLostConnection(failure("23505")));
        QVERIFY(!Database::mayMeanLostConnection(failure("42601")));
    }

private:
    Database& db() { return m_fresh->database(); }

    /// Ends the server session `pid` the way a restart does, and waits until it is gone.
    static void dropSession(Database& admin, const QString& pid)
    {
        Query::execute(admin, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        QTRY_COMPARE(
            TestSql::scalar(admin,
                            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)),
            QStringLiteral("0"));
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
