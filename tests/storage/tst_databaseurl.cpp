#include "databaseurl.h"

#include <QTest>

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void sqlite_readsThePath()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/数据/marketdesk.db"));
        QVERIFY(url);
        QCOMPARE(url->backend(), DatabaseUrl::Backend::Sqlite);
        QCOMPARE(url->path(), QStringLiteral("/tmp/数据/marketdesk.db"));
        QCOMPARE(url->toString(), QStringLiteral("sqlite:/tmp/数据/marketdesk.db"));
    }

    void postgres_readsEveryPart()
    {
        const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://clerk@db.example.cn:6543/market?schema=team_a"));
        QVERIFY(url);
        QCOMPARE(url->backend(), DatabaseUrl::Backend::Postgres);
        QCOMPARE(url->user(), QStringLiteral("clerk"));
        QCOMPARE(url->host(), QStringLiteral("db.example.cn"));
        QCOMPARE(url->port(), 6543);
        QCOMPARE(url->databaseName(), QStringLiteral("market"));
        QCOMPARE(url->schema(), QStringLiteral("team_a"));
        QCOMPARE(DatabaseUrl::parse(url->toString()), url);
    }

    void postgres_defaultsThePort()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://clerk@localhost/market"));
        QVERIFY(url);
        QCOMPARE(url->port(), 5432);
    }

    void badUrls_sayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty sqlite path") << QStringLiteral("sqlite:");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://a@b/c");
        QTest::newRow("password inside") << QStringLiteral("postgresql://a:secret@b:5432/c");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://a@b:70000/c");
        QTest::newRow("no database") << QStringLiteral("postgresql://a@b:5432/");
        QTest::newRow("bad schema") << QStringLiteral("postgresql://a@b/c?schema=x;drop");
        QTest::newRow("empty schema") << QStringLiteral("postgresql://a@b/c?schema=");
    }
    void badUrls_sayWhy()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void badSchema_isNamed()
    {
        QString error;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://a@b/c?schema=9east"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"9east\"")), qPrintable(error));
        QVERIFY(DatabaseUrl::isSchemaName(QStringLiteral("_east9")));
        QVERIFY(!DatabaseUrl::isSchemaName(QStringLiteral("east-9")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
