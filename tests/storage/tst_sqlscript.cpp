#include "sqlscript.h"

#include <QTest>

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_onSemicolonsOutsideQuotesAndComments()
    {
        const QStringList statements = SqlScript::split(
            QStringLiteral("-- header; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT ';');\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
                           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                           "  ;  \n"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"));
        QCOMPARE(statements.at(1), QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
        QVERIFY(statements.at(2).contains(QStringLiteral("$$ SELECT 1; $$")));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
