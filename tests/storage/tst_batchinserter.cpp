#include "batchinserter.h"
#include "freshdatabase.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QTest>

namespace {

const QStringList itemColumns {QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("flag"),
                               QStringLiteral("note"), QStringLiteral("data")};

} // namespace

/// BatchInserter on each backend: every kind of value arrives as it was added, rows keep their
/// order across batches, prerequisites are written first, and nothing stays behind.
class TestBatchInserter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh, false);
        Query::execute(db(),
                       db().dialect().expand(
                           QStringLiteral("CREATE TABLE batch_items (id TEXT PRIMARY KEY, n BIGINT NOT NULL, "
                                          "flag BOOLEAN, note TEXT, data {BLOB})")));
        Query::execute(db(),
                       QStringLiteral("CREATE TABLE batch_parts (id TEXT PRIMARY KEY, "
                                      "item_id TEXT NOT NULL REFERENCES batch_items (id))"));
    }
    void cleanup() { m_fresh.reset(); }

    void everyKindOfValue_arrivesUnchanged()
    {
        const QString awkward = QStringLiteral("tab\there, line\nbreak, return\r, back\\slash, \\N, 发票 ✓");
        const QByteArray bytes("\x00\x01\\\t\n\xff", 6);
        {
            Transaction transaction(db());
            BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
            items.add({QStringLiteral("a"), Q_INT64_C(-9007199254740993), true, awkward, bytes});
            items.add({QStringLiteral("b"), 0, false, QString(), QVariant()});
            items.add({QStringLiteral("c"), 7, QVariant(), QStringLiteral(""), QByteArray()});
            items.flush();
            transaction.commit();
        }
        Query read(db(), QStringLiteral("SELECT id, n, flag, note, data FROM batch_items ORDER BY id"));
        read.exec();
        QVERIFY(read.next());
        QCOMPARE(read.value(1).toLongLong(), Q_INT64_C(-9007199254740993));
        QCOMPARE(read.value(2).toBool(), true);
        QCOMPARE(read.value(3).toString(), awkward);
        QCOMPARE(read.value(4).toByteArray(), bytes);
        QVERIFY(read.next());
        QCOMPARE(read.value(2).toBool(), false);
        QCOMPARE(read.value(3).toString(), QString()); // a null QString is bound as text
        QVERIFY(!read.value(3).isNull());
        QVERIFY(read.value(4).isNull());
        QVERIFY(read.next());
        QVERIFY(read.value(2).isNull());
        QVERIFY(!read.next());
    }

    void moreRowsThanABatch_keepTheirOrder()
    {
        constexpr int rows = 45000; // past two SQLite batches and four COPY batches
        {
            Transaction transaction(db());
            BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
            for (int i = 0; i < rows; ++i)
                items.add({QStringLiteral("item-%1").arg(i), i, i % 2 == 0, QString(), QVariant()});
            items.flush();
            transaction.commit();
        }
        Query count(db(), QStringLiteral("SELECT COUNT(*), SUM(n) FROM batch_items"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toLongLong(), rows);
        QCOMPARE(count.value(1).toLongLong(), qint64(rows) * (rows - 1) / 2);
        if (db().dialect().backend() != DatabaseUrl::Backend::Sqlite)
            return;
        // On SQLite the rows get their rowids in the order they were added.
        Query order(db(), QStringLiteral("SELECT n FROM batch_items ORDER BY rowid"));
        order.exec();
        for (int i = 0; i < rows; ++i) {
            QVERIFY(order.next());
            QCOMPARE(order.value(0).toInt(), i);
        }
        Query staging(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_temp_master WHERE type = 'table'"));
        staging.exec();
        QVERIFY(staging.next());
        QCOMPARE(staging.value(0).toInt(), 0);
    }

    /// A table with an INSERT trigger gets it fired once per row however the rows travel.
    void insertTrigger_firesOncePerRow()
    {
        Query::execute(db(), QStringLiteral("CREATE TABLE batch_log (item_id TEXT NOT NULL)"));
        if (db().dialect().backend() == DatabaseUrl::Backend::Sqlite) {
            Query::execute(db(),
                           QStringLiteral("CREATE TRIGGER batch_items_logged AFTER INSERT ON batch_items "
                                          "BEGIN INSERT INTO batch_log VALUES (new.id); END"));
        } else {
            Query::execute(db(),
                           QStringLiteral("CREATE FUNCTION log_batch_item() RETURNS trigger LANGUAGE plpgsql "
                                          "AS $$ BEGIN INSERT INTO batch_log VALUES (NEW.id); RETURN NULL; "
                                          "END $$"));
            Query::execute(db(),
                           QStringLiteral("CREATE TRIGGER batch_items_logged AFTER INSERT ON batch_items "
                                          "FOR EACH ROW EXECUTE FUNCTION log_batch_item()"));
        }
        writeItemsWithParts(150);
        QCOMPARE(count(QStringLiteral("batch_items")), 150);
        QCOMPARE(count(QStringLiteral("batch_parts")), 150);
        QCOMPARE(count(QStringLiteral("batch_log")), 150);
    }

    void prerequisite_isWrittenFirst()
    {
        // Enough parts for a batch of their own while their items still wait in theirs.
        writeItemsWithParts(25000);
        QCOMPARE(count(QStringLiteral("batch_parts")), 25000);
    }

    void notCommitted_leavesNothing()
    {
        {
            Transaction transaction(db());
            BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
            for (int i = 0; i < 30000; ++i)
                items.add({QStringLiteral("item-%1").arg(i), i, QVariant(), QVariant(), QVariant()});
            items.flush();
        }
        QCOMPARE(count(QStringLiteral("batch_items")), 0);
    }

    void badRow_isReportedWithTheTable()
    {
        Transaction transaction(db());
        BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
        try {
            // Written as it is added, or with its batch.
            items.add({QStringLiteral("a"), QVariant(), QVariant(), QVariant(), QVariant()}); // n is NOT NULL
            items.flush();
            QFAIL("a NULL in a NOT NULL column was accepted");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("batch_items")), qPrintable(error.message()));
        }
        QVERIFY_EXCEPTION_THROWN(items.add({QStringLiteral("a")}), StorageError); // one value for five
    }

    /// On SQLite a full batch is written in the background while the next one is queued: the
    /// next statement on the connection waits for it, and sees its rows.
    void statementAfterAFullBatch_seesItsRows()
    {
        Transaction transaction(db());
        BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
        for (int i = 0; i < 20000; ++i)
            items.add({QStringLiteral("item-%1").arg(i), i, QVariant(), QVariant(), QVariant()});
        QCOMPARE(count(QStringLiteral("batch_items")), 20000);
        items.add({QStringLiteral("item-last"), 20000, QVariant(), QVariant(), QVariant()});
        items.flush();
        QCOMPARE(count(QStringLiteral("batch_items")), 20001);
    }

    /// A batch that fails while it is written in the background fails the commit that follows:
    /// the transaction is not committed without it.
    void batchFailingInTheBackground_failsTheCommit()
    {
        bool failed = false;
        try {
            Transaction transaction(db());
            BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
            for (int i = 0; i < 20000; ++i)
                items.add({QStringLiteral("item-%1").arg(i), i == 7 ? QVariant() : QVariant(i), QVariant(),
                           QVariant(), QVariant()}); // n is NOT NULL
            transaction.commit();
        } catch (const StorageError& error) {
            failed = true;
            QVERIFY2(error.message().contains(QStringLiteral("batch_items")), qPrintable(error.message()));
        }
        QVERIFY(failed);
        QCOMPARE(count(QStringLiteral("batch_items")), 0);
    }

    void tableUnderRowLevelSecurity_isStillWritten()
    {
        if (db().dialect().backend() == DatabaseUrl::Backend::Sqlite)
            QSKIP("row-level security is PostgreSQL's");
        // COPY FROM refuses such a table even for its owner once the security is forced.
        Query::execute(db(), QStringLiteral("ALTER TABLE batch_items ENABLE ROW LEVEL SECURITY"));
        Query::execute(db(), QStringLiteral("ALTER TABLE batch_items FORCE ROW LEVEL SECURITY"));
        Query::execute(
            db(), QStringLiteral("CREATE POLICY everyone ON batch_items USING (true) WITH CHECK (true)"));
        {
            Transaction transaction(db());
            BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
            for (int i = 0; i < 250; ++i)
                items.add({QStringLiteral("item-%1").arg(i), i, QVariant(), QVariant(), QVariant()});
            items.flush();
            transaction.commit();
        }
        QCOMPARE(count(QStringLiteral("batch_items")), 250);
    }

private:
    Database& db() { return m_fresh->database(); }
    /// `rows` items and one part of each, the parts' inserter depending on the items'.
    void writeItemsWithParts(int rows)
    {
        Transaction transaction(db());
        BatchInserter items(db(), QStringLiteral("batch_items"), itemColumns);
        BatchInserter parts(db(), QStringLiteral("batch_parts"),
                            {QStringLiteral("id"), QStringLiteral("item_id")});
        parts.setPrerequisite(&items);
        for (int i = 0; i < rows; ++i) {
            items.add({QStringLiteral("item-%1").arg(i), i, QVariant(), QVariant(), QVariant()});
            parts.add({QStringLiteral("part-%1").arg(i), QStringLiteral("item-%1").arg(i)});
        }
        parts.flush();
        items.flush();
        transaction.commit();
    }
    int count(const QString& table)
    {
        Query rows(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        rows.exec();
        return rows.next() ? rows.value(0).toInt() : -1;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestBatchInserter)
#include "tst_batchinserter.moc"
