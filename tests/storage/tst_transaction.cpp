#include "freshdatabase.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QTest>

class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        Query::execute(db(), QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, note TEXT)"));
    }
    void cleanup() { m_fresh.reset(); }

    void committed_isKept()
    {
        {
            Transaction transaction(db());
            insert(QStringLiteral("a"));
            transaction.commit();
        }
        QCOMPARE(rows(), 1);
        QCOMPARE(db().transactionDepth(), 0);
    }

    void notCommitted_isRolledBack()
    {
        {
            Transaction transaction(db());
            insert(QStringLiteral("a"));
        }
        QCOMPARE(rows(), 0);
    }

    void innerRollback_keepsTheOuterWork()
    {
        Transaction outer(db());
        insert(QStringLiteral("a"));
        {
            Transaction inner(db());
            QCOMPARE(db().transactionDepth(), 2);
            insert(QStringLiteral("b"));
        }
        insert(QStringLiteral("c"));
        outer.commit();
        QCOMPARE(rows(), 2);
    }

    void exceptionInside_rollsBackEverything()
    {
        try {
            Transaction transaction(db());
            insert(QStringLiteral("a"));
            insert(QStringLiteral("a"));
            transaction.commit();
        } catch (const StorageError&) { }
        QCOMPARE(rows(), 0);
        QCOMPARE(db().transactionDepth(), 0);
    }

    void queryError_namesTheSqlAndValues()
    {
        insert(QStringLiteral("dup"));
        try {
            insert(QStringLiteral("dup"));
            QFAIL("a duplicate key was accepted");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("INSERT INTO t")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("dup")), qPrintable(error.message()));
        }
    }

    void emptyText_staysTextAndInvalidVariantIsNull()
    {
        Query(db(), QStringLiteral("INSERT INTO t (id, note) VALUES (:id, :note)"))
            .bind(QStringLiteral(":id"), QStringLiteral("x"))
            .bind(QStringLiteral(":note"), QString())
            .exec();
        Query(db(), QStringLiteral("INSERT INTO t (id, note) VALUES (:id, :note)"))
            .bind(QStringLiteral(":id"), QStringLiteral("y"))
            .bind(QStringLiteral(":note"), QVariant())
            .exec();
        Query query(db(), QStringLiteral("SELECT id FROM t WHERE note IS NULL"));
        query.exec();
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("y"));
        QVERIFY(!query.next());
    }

    void unicode_roundTrips()
    {
        const QString text = QStringLiteral("杭州云启信息技术有限公司 · 𠀋 · ￥");
        Query(db(), QStringLiteral("INSERT INTO t (id, note) VALUES ('u', :note)"))
            .bind(QStringLiteral(":note"), text)
            .exec();
        Query query(db(), QStringLiteral("SELECT note FROM t WHERE id = 'u'"));
        query.exec();
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), text);
    }

private:
    Database& db() { return m_fresh->database(); }
    void insert(const QString& id)
    {
        Query(db(), QStringLiteral("INSERT INTO t (id) VALUES (:id)")).bind(QStringLiteral(":id"), id).exec();
    }
    int rows()
    {
        Query query(db(), QStringLiteral("SELECT COUNT(*) FROM t"));
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
