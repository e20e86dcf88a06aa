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

    void split_keepsATriggerBodyWhole()
    {
        const QStringList statements = SqlScript::split(
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO b VALUES (new.x);\n"
                           "  UPDATE c SET n = n + 1;\n"
                           "END;\n"
                           "create temp trigger u after delete on a begin delete from b; end;\n"
                           "CREATE TABLE friend (x TEXT);"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(0).endsWith(QStringLiteral("END")));
        QVERIFY(statements.at(0).contains(QStringLiteral("UPDATE c SET n = n + 1;")));
        QCOMPARE(statements.at(1),
                 QStringLiteral("create temp trigger u after delete on a begin delete from b; end"));
        QCOMPARE(statements.at(2), QStringLiteral("CREATE TABLE friend (x TEXT)"));
    }

    void split_endsAPostgresTriggerAtItsSemicolon()
    {
        const QStringList statements = SqlScript::split(QStringLiteral(
            "CREATE TRIGGER g BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
            "REVOKE ALL ON a FROM PUBLIC;\n"
            "CREATE FUNCTION h() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0),
                 QStringLiteral("CREATE TRIGGER g BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f()"));
        QCOMPARE(statements.at(1), QStringLiteral("REVOKE ALL ON a FROM PUBLIC"));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
