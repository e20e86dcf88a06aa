#include "duejobrunner.h"
#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "pagedquery.h"
#include "permissionrepository.h"
#include "query.h"
#include "serversetup.h"
#include "storageerror.h"
#include "testsql.h"

#include <QFileInfo>
#include <QTest>
#include <QUuid>

namespace {

const QString password = QStringLiteral("s3cret-pass");

/// A login name of its own for each test run: login roles are shared by the whole server.
QString uniqueLogin(const QString& stem)
{
    return stem + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

/// The permission matrix of issue 6, run as each role directly over SQL: no app code in the way.
class TestServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(300), QString());
    }
    void cleanup()
    {
        m_sessions.clear();
        for (const QString& login : std::as_const(m_logins)) {
            try {
                Query::execute(db(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
            } catch (const StorageError&) { // the role owns nothing; a failure leaves a harmless role
            }
        }
        m_logins.clear();
        m_fresh.reset();
    }

    void sqliteFile_isSingleUser_andRefusesServerSetup()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QStringLiteral("sqlite"))
            return; // a skip of a PostgreSQL row fails ./test.sh
        const QFileInfo file(db().url().path());
        QCOMPARE(file.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(!ServerSetup(db()).initServer().isEmpty());
        QVERIFY(PermissionRepository(db()).granted().contains(QStringLiteral("users.manage")));
    }

    void permissionMatrix()
    {
        if (postgresOnly())
            return;
        QCOMPARE(ServerSetup(db()).initServer(), QString());
        QCOMPARE(ServerSetup(db()).initServer(), QString()); // running it again is harmless
        const QString vendorA
            = TestSql::scalar(db(),
                              QStringLiteral("SELECT vendor_id FROM invoice_requests "
                                             "GROUP BY vendor_id ORDER BY vendor_id LIMIT 1"));
        const QString vendorB = TestSql::scalar(db(),
                                                QStringLiteral("SELECT vendor_id FROM invoice_requests WHERE "
                                                               "vendor_id <> '%1' LIMIT 1")
                                                    .arg(vendorA));
        QVERIFY(!vendorA.isEmpty() && !vendorB.isEmpty());
        Database& clerk = session(QStringLiteral("clerk"), QStringLiteral("clerk"), vendorA);
        Database& entry = session(QStringLiteral("entry"), QStringLiteral("entry"), {});
        Database& reviewer = session(QStringLiteral("reviewer"), QStringLiteral("reviewer"), {});

        // Vendor staff see their own vendor only.
        const QString ownRequests = TestSql::scalar(
            db(),
            QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE vendor_id = '%1'").arg(vendorA));
        QCOMPARE(TestSql::scalar(clerk, QStringLiteral("SELECT COUNT(*) FROM invoice_requests")),
                 ownRequests);
        QCOMPARE(TestSql::scalar(clerk, QStringLiteral("SELECT COUNT(*) FROM vendors")), QStringLiteral("1"));
        // The kept tab counts too: the clerk's tabs add up its own vendor's requests.
        QCOMPARE(TestSql::scalar(clerk, QStringLiteral("SELECT SUM(row_count) FROM invoice_request_counts")),
                 ownRequests);
        qint64 clerkTabs = 0;
        for (const qint64 count : PagedQuery(clerk, InvoiceRequestRepository::tableSpec()).countByStatus({}))
            clerkTabs += count;
        QCOMPARE(QString::number(clerkTabs), ownRequests);
        QCOMPARE(
            TestSql::scalar(reviewer, QStringLiteral("SELECT SUM(row_count) FROM invoice_request_counts")),
            TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM invoice_requests")));
        QCOMPARE(
            TestSql::scalar(
                clerk, QStringLiteral("SELECT COUNT(*) FROM orders WHERE vendor_id = '%1'").arg(vendorB)),
            QStringLiteral("0"));
        QCOMPARE(TestSql::scalar(reviewer, QStringLiteral("SELECT COUNT(*) FROM invoice_requests")),
                 TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM invoice_requests")));

        // Another vendor's rows cannot be changed or deleted.
        QCOMPARE(
            affected(clerk,
                     QStringLiteral("UPDATE invoice_requests SET buyer_notice = 'x' WHERE vendor_id = '%1'")
                         .arg(vendorB)),
            0);
        QVERIFY(refused(clerk,
                        QStringLiteral("DELETE FROM invoice_requests WHERE vendor_id = '%1'").arg(vendorB)));
        QVERIFY(refused(clerk,
                        QStringLiteral("DELETE FROM invoice_requests WHERE vendor_id = '%1'").arg(vendorA)));
        QVERIFY(refused(clerk,
                        QStringLiteral("UPDATE invoice_requests SET vendor_id = '%1' WHERE vendor_id = '%2'")
                            .arg(vendorB, vendorA)));

        // The audit log is appended to, never changed — not even by the owner.
        for (Database* database : {&clerk, &reviewer, &db()}) {
            QVERIFY(refused(*database, QStringLiteral("UPDATE audit_log SET actor = 'nobody'")));
            QVERIFY(refused(*database, QStringLiteral("DELETE FROM audit_log")));
        }
        QVERIFY(refused(db(), QStringLiteral("TRUNCATE audit_log")));

        // Writing without the operation's permission.
        const QString pending
            = TestSql::scalar(db(),
                              QStringLiteral("SELECT id FROM invoice_requests WHERE vendor_id = '%1' "
                                             "AND status = 'pending' LIMIT 1")
                                  .arg(vendorA));
        QVERIFY(!pending.isEmpty());
        const QString issue
            = QStringLiteral("UPDATE invoice_requests SET status = 'issued' WHERE id = '%1'").arg(pending);
        QVERIFY(refused(entry, issue)); // data entry may enter requests, not issue them
        QVERIFY(refused(reviewer, issue)); // reviewers void, they do not issue
        QVERIFY(refused(
            clerk,
            QStringLiteral("UPDATE invoice_requests SET status = 'voided' WHERE id = '%1'").arg(pending)));
        QCOMPARE(affected(clerk, issue), 1);
        QVERIFY(
            refused(clerk,
                    QStringLiteral("INSERT INTO deposit_entries (id, vendor_id, kind, amount_fen, "
                                   "recorded_at, recorded_by) VALUES ('%1', '%2', 'payment', 100, 0, 'x')")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), vendorA)));
        QVERIFY(refused(clerk, QStringLiteral("UPDATE markets SET deposit_fen = 0")));
        QVERIFY(refused(clerk, QStringLiteral("UPDATE vendors SET status = 'expelled'")));
        QVERIFY(refused(entry, QStringLiteral("INSERT INTO roles (id, key, name) VALUES ('r', 'r', 'r')")));
        QCOMPARE(
            affected(reviewer,
                     QStringLiteral("UPDATE vendors SET status = 'expelled' WHERE id = '%1'").arg(vendorB)),
            1);

        // A role not granted cannot be assumed.
        QVERIFY(refused(clerk, QStringLiteral("SET ROLE %1").arg(prefix() + QStringLiteral("admin"))));
        QVERIFY(refused(entry, QStringLiteral("SET ROLE %1").arg(prefix() + QStringLiteral("reviewer"))));

        // The app reads the same answers.
        const QSet<QString> clerkMay = PermissionRepository(clerk).granted();
        QVERIFY(clerkMay.contains(QStringLiteral("invoice.issue")));
        QVERIFY(!clerkMay.contains(QStringLiteral("invoice.void")));
        QCOMPARE(PermissionRepository(clerk).ownVendor(), vendorA);
        QVERIFY(PermissionRepository(reviewer).ownVendor().isEmpty());
        QVERIFY(PermissionRepository(db()).granted().contains(QStringLiteral("users.manage")));
        // Due jobs run in every client: a user runs only the jobs it may do by hand, without errors;
        // the owner (the server's scheduler) does the rest.
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        Query::execute(db(),
                       QStringLiteral("UPDATE vendors SET status = 'active' WHERE id = '%1'").arg(vendorA));
        // A deduction forty days ago: past its top-up deadline and the settlement after it.
        Query::execute(
            db(),
            QStringLiteral("INSERT INTO deposit_entries (id, vendor_id, kind, amount_fen, reason, "
                           "recorded_at, recorded_by) VALUES ('%1', '%2', 'deduction', 100, 'test', "
                           "%3, 'owner')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), vendorA)
                .arg(now.addDays(-40).toMSecsSinceEpoch()));
        const DueJobRunner::Report byEntry = DueJobRunner(entry).run(now, QStringLiteral("entry"));
        QCOMPARE(byEntry.error, QString());
        QCOMPARE(byEntry.vendorsSuspended, 0);
        const DueJobRunner::Report byOwner = DueJobRunner(db()).run(now, QStringLiteral("scheduler"));
        QCOMPARE(byOwner.error, QString());
        QVERIFY(byOwner.vendorsSuspended > 0);
    }

    void addUser_namesWhatIsWrong()
    {
        if (postgresOnly())
            return;
        ServerSetup setup(db());
        ServerSetup::NewUser user = newUser(QStringLiteral("clerk"), QStringLiteral("clerk"), {});
        QVERIFY(setup.addUser(user).contains(QStringLiteral("init-server")));
        QCOMPARE(setup.initServer(), QString());
        QVERIFY(setup.addUser(user).contains(QStringLiteral("--vendor")));
        user.roleKey = QStringLiteral("auditor");
        QVERIFY(setup.addUser(user).contains(QStringLiteral("auditor")));
        user.roleKey = QStringLiteral("reviewer");
        user.vendor = QStringLiteral("no such vendor");
        QVERIFY(setup.addUser(user).contains(QStringLiteral("no such vendor")));
        user.vendor.clear();
        user.login = QStringLiteral("Bad Name");
        QVERIFY(setup.addUser(user).contains(QStringLiteral("Bad Name")));
        user.login = uniqueLogin(QStringLiteral("r"));
        user.password = QStringLiteral("short");
        QVERIFY(!setup.addUser(user).isEmpty());
        user.password = password;
        m_logins << user.login;
        QCOMPARE(setup.addUser(user), QString());
        QVERIFY(!setup.addUser(user).isEmpty()); // the login exists now
        QCOMPARE(
            TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'user'")),
            QStringLiteral("1"));
    }

    void administrators_addUsersAndCustomRoles_withoutCreateRole()
    {
        if (postgresOnly())
            return;
        QCOMPARE(ServerSetup(db()).initServer(), QString());
        Database& admin = session(QStringLiteral("admin"), QStringLiteral("admin"), {});
        Database& entry = session(QStringLiteral("entry"), QStringLiteral("entry"), {});
        QVERIFY(refused(admin, QStringLiteral("CREATE ROLE %1").arg(uniqueLogin(QStringLiteral("x")))));

        // Lending CREATEROLE through the owner's functions is no way up for anyone else.
        const QString escalation = uniqueLogin(QStringLiteral("esc"));
        m_logins << escalation;
        QVERIFY(refused(
            entry, QStringLiteral("SELECT md_create_login('%1', 'password123', 'admin')").arg(escalation)));
        QVERIFY(refused(entry, QStringLiteral("SELECT md_create_group('entry')")));
        QVERIFY(refused(
            admin,
            QStringLiteral("SELECT md_create_login('%1', 'password123', 'postgres')").arg(escalation)));
        QVERIFY(refused(admin, QStringLiteral("SELECT md_create_login('Bad name', 'password123', 'entry')")));

        SaveRole role;
        role.header = {CommandId(QUuid::createUuid()), QStringLiteral("admin"),
                       QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
        role.key = uniqueLogin(QStringLiteral("audit")).toLower();
        m_logins << prefix() + role.key;
        role.displayName = QStringLiteral("发票稽核");
        role.permissions = {QStringLiteral("invoice.list"), QStringLiteral("invoice.void")};
        QVERIFY(!ServerSetup(entry).saveRole(role).isEmpty());
        SaveRole builtIn = role;
        builtIn.key = QStringLiteral("clerk");
        QVERIFY(ServerSetup(admin).saveRole(builtIn).contains(QLatin1String("clerk")));
        SaveRole unknown = role;
        unknown.permissions << QStringLiteral("invoice.print");
        QVERIFY(ServerSetup(admin).saveRole(unknown).contains(QLatin1String("invoice.print")));
        QCOMPARE(ServerSetup(admin).saveRole(role), QString());

        // An administrator adds a user of the new role; the database gives it exactly the role's grants.
        Database& auditor = sessionAddedBy(admin, QStringLiteral("aud"), role.key);
        QCOMPARE(PermissionRepository(auditor).granted(),
                 (QSet<QString> {QStringLiteral("invoice.list"), QStringLiteral("invoice.void")}));
        const QString pending
            = TestSql::scalar(db(),
                              QStringLiteral("SELECT id FROM invoice_requests WHERE status = "
                                             "'pending' ORDER BY id LIMIT 1"));
        QVERIFY(refused(
            auditor,
            QStringLiteral("UPDATE invoice_requests SET status = 'issued' WHERE id = '%1'").arg(pending)));

        role.permissions = {QStringLiteral("invoice.list")};
        role.header.id = CommandId(QUuid::createUuid());
        QCOMPARE(ServerSetup(admin).saveRole(role), QString());
        QCOMPARE(PermissionRepository(auditor).granted(), (QSet<QString> {QStringLiteral("invoice.list")}));
        QCOMPARE(
            TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'role'")),
            QStringLiteral("2"));
    }

private:
    Database& db() { return m_fresh->database(); }

    bool postgresOnly()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend != QStringLiteral("postgresql");
    }

    QString prefix()
    {
        return ServerSetup::rolePrefix(TestSql::scalar(db(), QStringLiteral("SELECT current_database()")),
                                       db().url().schema());
    }

    ServerSetup::NewUser newUser(const QString& stem, const QString& role, const QString& vendor)
    {
        ServerSetup::NewUser user;
        user.header = {CommandId(QUuid::createUuid()), QStringLiteral("owner"),
                       QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
        user.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.login = uniqueLogin(stem);
        user.roleKey = role;
        user.vendor = vendor;
        user.password = password;
        return user;
    }

    /// A connection as a new user of `role` (and `vendor`), made through ServerSetup::addUser.
    Database& session(const QString& stem, const QString& role, const QString& vendor)
    {
        return sessionAddedBy(db(), stem, role, vendor);
    }

    /// A connection as a new user of `role` (and `vendor`), added by the user of `adder`.
    Database& sessionAddedBy(Database& adder, const QString& stem, const QString& role,
                             const QString& vendor = {})
    {
        const ServerSetup::NewUser user = newUser(stem, role, vendor);
        m_logins << user.login;
        const QString error = ServerSetup(adder).addUser(user);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        QString url = m_fresh->url().toString();
        url.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(user.login));
        auto database = std::make_unique<Database>(*DatabaseUrl::parse(url));
        bool asked = false;
        const QString openError
            = database->open([&asked](const DatabaseUrl&, const QString&) -> std::optional<QString> {
                  if (asked)
                      return std::nullopt;
                  asked = true;
                  return password;
              });
        if (!openError.isEmpty())
            qFatal("%s", qPrintable(openError));
        m_sessions.push_back(std::move(database));
        return *m_sessions.back();
    }

    static int affected(Database& database, const QString& sql)
    {
        Query query(database, sql);
        query.exec();
        return query.rowsAffected();
    }

    static bool refused(Database& database, const QString& sql)
    {
        try {
            Query(database, sql).exec();
        } catch (const StorageError&) {
            return true;
        }
        return false;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::vector<std::unique_ptr<Database>> m_sessions;
    QStringList m_logins;
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
