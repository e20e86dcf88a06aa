#include "dialect.h"
#include "freshdatabase.h"
#include "migrator.h"
#include "query.h"
#include "statementcanceller.h"
#include "storageerror.h"
#include "testsql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <thread>

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh, false);
        m_folder = std::make_unique<QTemporaryDir>(); // each test its own migration files
    }
    void cleanup() { m_fresh.reset(); }

    void readingTheVersion_leavesAnEmptyDatabaseEmpty()
    {
        Migrator migrator(db());
        QCOMPARE(migrator.currentVersion(), 0);
        {
            // Closed before migrating: an open SQLite statement would block the DROP TABLE of 0003.
            Query exists(db(), db().dialect().tableExistsQuery());
            exists.bind(QStringLiteral(":table"), QStringLiteral("schema_version")).exec();
            QVERIFY(exists.next());
            QVERIFY(!exists.value(0).toBool());
        }
        QVERIFY(migrator.migrate().ok());
        QVERIFY(migrator.currentVersion() > 0);
    }

    void freshDatabase_getsEveryMigration()
    {
        Migrator migrator(db());
        QVERIFY(migrator.loadError().isEmpty());
        QVERIFY(migrator.latestVersion() >= 1);
        const Migrator::Result result = migrator.migrate();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.toVersion, migrator.latestVersion());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM markets")), 6);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests")), 0);
    }

    void marketplaceIndex_holdsOnlyRequestsWithAMarketplaceId()
    {
        QVERIFY(Migrator(db()).migrate().ok());
        const QString sql = indexDefinition(QStringLiteral("invoice_requests_marketplace"));
        QVERIFY2(sql.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive), qPrintable(sql));
        QVERIFY2(sql.contains(QStringLiteral("WHERE (marketplace_id IS NOT NULL)"), Qt::CaseInsensitive)
                     || sql.contains(QStringLiteral("WHERE marketplace_id IS NOT NULL"), Qt::CaseInsensitive),
                 qPrintable(sql));
    }

    void invoicedIndexes_holdTheTimeLeft_afterTheirOwnOrder()
    {
        // A filter of invoice times sorted by time left (the queue's default) sorts its matches
        // from the index alone; sorting by invoice time still pages by (invoice time, id).
        QVERIFY(Migrator(db()).migrate().ok());
        for (const QString& name : {QStringLiteral("invoice_requests_invoiced"),
                                    QStringLiteral("invoice_requests_status_invoiced")}) {
            const QString sql = indexDefinition(name);
            const qsizetype invoiced = sql.indexOf(QStringLiteral("COALESCE(invoiced_at, "));
            const qsizetype id = sql.indexOf(QStringLiteral(", id"), invoiced);
            QVERIFY2(invoiced > 0 && id > invoiced, qPrintable(sql));
            QVERIFY2(sql.indexOf(QStringLiteral("action_due_at"), id) > id, qPrintable(sql));
            if (db().url().backend() == DatabaseUrl::Backend::Postgres)
                QVERIFY2(sql.contains(QStringLiteral("INCLUDE (action_due_at, invoiced_at)")),
                         qPrintable(sql));
        }
    }

    void rerun_changesNothing()
    {
        Migrator migrator(db());
        QVERIFY(migrator.migrate().ok());
        const int applied = count(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        const Migrator::Result again = migrator.migrate();
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.fromVersion, again.toVersion);
        // A number may belong to the other backend only (0012): the count is not the version.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_version")), applied);
        QCOMPARE(count(QStringLiteral("SELECT MAX(version) FROM schema_version")), migrator.latestVersion());
    }

    void anotherProgramsTables_areRefused_andLeftAlone()
    {
        Query::execute(db(), QStringLiteral("CREATE TABLE notes (body TEXT)"));
        Query::execute(db(), QStringLiteral("CREATE TABLE vendors (name TEXT)"));
        Migrator migrator(db());
        QVERIFY2(migrator.refusal().contains(QStringLiteral("notes, vendors")),
                 qPrintable(migrator.refusal()));
        const Migrator::Result result = migrator.migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error, migrator.refusal());
        QCOMPARE(TestSql::column(db(), db().dialect().tableNamesQuery()),
                 (QStringList {QStringLiteral("notes"), QStringLiteral("vendors")}));
    }

    void emptyOrOwnDatabase_isNotForeign()
    {
        Migrator migrator(db());
        QCOMPARE(migrator.refusal(), QString());
        QVERIFY(migrator.migrate().ok());
        QCOMPARE(migrator.refusal(), QString());
    }

    void newerSchema_isRefused()
    {
        Migrator migrator(db());
        QVERIFY(migrator.migrate().ok());
        Query(db(),
              QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, applied_at) "
                             "VALUES (900, 'future', 900, 0)"))
            .exec();
        const Migrator::Result result = Migrator(db()).migrate();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("900")), qPrintable(result.error));
        QCOMPARE(Migrator(db()).refusal(), result.error);
    }

    void newerButCompatibleSchema_opens()
    {
        Migrator migrator(db());
        QVERIFY(migrator.migrate().ok());
        Query(db(),
              QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, applied_at) "
                             "VALUES (900, 'additive', 1, 0)"))
            .exec();
        QVERIFY(Migrator(db()).migrate().ok());
    }

    void failingMigration_rollsBackToThePreviousVersion()
    {
        writeMigration(QStringLiteral("0001_first.sql"),
                       "-- min_compatible: 1\nCREATE TABLE first_table (id TEXT PRIMARY KEY);\n");
        writeMigration(QStringLiteral("0002_broken.sql"),
                       "-- min_compatible: 1\nCREATE TABLE second_table (id TEXT PRIMARY KEY);\n"
                       "INSERT INTO first_table (id) VALUES ('a');\nINSERT INTO no_such_table VALUES (1);\n");
        Migrator migrator(db(), m_folder->path());
        const Migrator::Result result = migrator.migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.toVersion, 1);
        QCOMPARE(migrator.currentVersion(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM first_table")), 0);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Query(db(), QStringLiteral("SELECT COUNT(*) FROM second_table")).exec());
    }

    void closedGate_stopsBeforeTheNextMigration()
    {
        writeMigration(QStringLiteral("0001_first.sql"),
                       "-- min_compatible: 1\nCREATE TABLE first_table (id TEXT PRIMARY KEY);\n");
        writeMigration(QStringLiteral("0002_second.sql"),
                       "-- min_compatible: 1\nCREATE TABLE second_table (id TEXT PRIMARY KEY);\n");
        QList<std::pair<int, int>> asked;
        const Migrator::Result result
            = Migrator(db(), m_folder->path()).migrate([&asked](int done, int needed) {
                  asked.append({done, needed});
                  return done < 1;
              });
        QCOMPARE(asked, (QList<std::pair<int, int>> {{0, 2}, {1, 2}}));
        QCOMPARE(result.toVersion, 1);
        QCOMPARE(result.error,
                 QStringLiteral("Updating the database was cancelled; it was left at schema 1."));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Query(db(), QStringLiteral("SELECT COUNT(*) FROM second_table")).exec());
    }

    /// A migration can run for a minute on a large database: a statement stopped from another
    /// thread while the gate is closed is reported as the cancel, and its migration rolled back.
    void interruptedMigration_isTheCancel_andRolledBack()
    {
        writeMigration(QStringLiteral("0001_first.sql"),
                       "-- min_compatible: 1\nCREATE TABLE first_table (id TEXT PRIMARY KEY);\n");
        writeMigration(QStringLiteral("0002_long.sqlite.sql"),
                       "-- min_compatible: 1\nINSERT INTO first_table (id) VALUES ('long');\n"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                       "SELECT COUNT(*) FROM n;\n");
        writeMigration(QStringLiteral("0002_long.postgresql.sql"),
                       "-- min_compatible: 1\nINSERT INTO first_table (id) VALUES ('long');\n"
                       "SELECT pg_sleep(120);\n");
        const StatementCanceller canceller(db());
        std::atomic<bool> goOn = true;
        std::thread cancelling([&goOn, &canceller] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            goOn = false;
            canceller.cancel();
        });
        QElapsedTimer took;
        took.start();
        const Migrator::Result result
            = Migrator(db(), m_folder->path()).migrate([&goOn](int, int) { return goOn.load(); });
        cancelling.join();
        QVERIFY(took.elapsed() < 60000);
        QCOMPARE(result.error,
                 QStringLiteral("Updating the database was cancelled; it was left at schema 1."));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM first_table")), 0);
        QCOMPARE(Migrator(db(), m_folder->path()).currentVersion(), 1);
    }

    void backendFiles_applyOnTheirBackendOnly()
    {
        writeMigration(QStringLiteral("0001_first.sql"),
                       "-- min_compatible: 1\nCREATE TABLE first_table (id TEXT PRIMARY KEY);\n");
        writeMigration(QStringLiteral("0002_mark.sqlite.sql"),
                       "-- min_compatible: 1\nINSERT INTO first_table (id) VALUES ('sqlite');\n");
        writeMigration(QStringLiteral("0002_mark.postgresql.sql"),
                       "-- min_compatible: 1\nINSERT INTO first_table (id) VALUES ('postgresql');\n");
        Migrator migrator(db(), m_folder->path());
        QCOMPARE(migrator.loadError(), QString());
        QCOMPARE(migrator.migrations().size(), 2);
        QVERIFY(migrator.migrate().ok());
        Query query(db(), QStringLiteral("SELECT id FROM first_table"));
        query.exec();
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 db().url().backend() == DatabaseUrl::Backend::Sqlite ? QStringLiteral("sqlite")
                                                                      : QStringLiteral("postgresql"));
        QVERIFY(!query.next());
    }

    void settlementKind_keepsTheLedgerAndTheListingGuard()
    {
        // The schema as it stood before the settlement kind, with a paid-up vendor in it.
        const QDir embedded(QStringLiteral(":/migrations"));
        for (const QString& name : embedded.entryList(QDir::Files)) {
            if (name.left(4).toInt() < 20)
                QVERIFY(QFile::copy(embedded.filePath(name), m_folder->filePath(name)));
        }
        QVERIFY(Migrator(db(), m_folder->path()).migrate().ok());
        Query::execute(
            db(),
            QStringLiteral("INSERT INTO vendors (id, name, entity_type, category, contact_person, phone, "
                           "email, province, city, status, joined_at, created_at, updated_at) VALUES "
                           "('v1', '甲公司', 'enterprise', 'software', '张三', '13800000000', "
                           "'a@example.com', '浙江省', '杭州市', 'active', 1, 1, 1)"));
        Query::execute(db(),
                       QStringLiteral("INSERT INTO vendor_markets (vendor_id, market_id, joined_at) "
                                      "SELECT 'v1', id, 1 FROM markets WHERE key = 'website_building'"));
        Query::execute(db(),
                       QStringLiteral("INSERT INTO deposit_entries (id, vendor_id, kind, amount_fen, "
                                      "receipt_no, recorded_at, recorded_by) VALUES "
                                      "('e1', 'v1', 'payment', 1000000, 'R-0001', 2, 'clerk'), "
                                      "('e2', 'v1', 'deduction', 200000, NULL, 3, 'clerk')"));
        QVERIFY_THROWS_EXCEPTION(StorageError, Query::execute(db(), settlementEntry()));

        QVERIFY(Migrator(db()).migrate().ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deposit_entries WHERE receipt_no = 'R-0001'")),
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT balance_fen FROM vendor_deposit_balances WHERE vendor_id = 'v1'")),
            800000);
        const QString listing = QStringLiteral(
            "INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, status, "
            "created_at, updated_at) SELECT '%1', 'v1', id, '产品', 'download', 100, 'listed', 5, 5 "
            "FROM markets WHERE key = 'website_building'");
        QVERIFY_THROWS_EXCEPTION(StorageError, Query::execute(db(), listing.arg(QStringLiteral("p1"))));
        Query::execute(db(), settlementEntry());
        QCOMPARE(
            count(QStringLiteral("SELECT balance_fen FROM vendor_deposit_balances WHERE vendor_id = 'v1'")),
            1000000);
        Query::execute(db(), listing.arg(QStringLiteral("p2")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM products")), 1);
    }

    void missingHeader_isALoadError()
    {
        writeMigration(QStringLiteral("0001_no_header.sql"), "CREATE TABLE t (id TEXT);\n");
        Migrator migrator(db(), m_folder->path());
        QVERIFY(!migrator.loadError().isEmpty());
        QVERIFY(!migrator.migrate().ok());
    }

private:
    Database& db() { return m_fresh->database(); }
    static QString settlementEntry()
    {
        return QStringLiteral("INSERT INTO deposit_entries (id, vendor_id, kind, amount_fen, reason, "
                              "recorded_at, recorded_by) VALUES ('e3', 'v1', 'settlement', 200000, "
                              "'2026年12月结算', 4, 'clerk')");
    }
    QString indexDefinition(const QString& name)
    {
        Query definition(db(),
                         db().url().backend() == DatabaseUrl::Backend::Sqlite
                             ? QStringLiteral("SELECT sql FROM sqlite_master WHERE name = :name")
                             : QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = :name "
                                              "AND schemaname = current_schema()"));
        definition.bind(QStringLiteral(":name"), name).exec();
        return definition.next() ? definition.value(0).toString() : QString();
    }
    int count(const QString& sql)
    {
        Query query(db(), sql);
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    }
    void writeMigration(const QString& name, const char* sql)
    {
        QFile file(m_folder->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sql);
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
