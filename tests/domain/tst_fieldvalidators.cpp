#include "fieldvalidators.h"

#include <QTest>

class TestFieldValidators : public QObject
{
    Q_OBJECT
private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
        QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << true;
        QTest::newRow("landline Beijing") << QStringLiteral("010-12345678") << true;
        QTest::newRow("landline with space") << QStringLiteral("0571 8888888") << true;
        QTest::newRow("landline with extension") << QStringLiteral("021-12345678-123") << true;
        QTest::newRow("mobile 12x") << QStringLiteral("12812345678") << false;
        QTest::newRow("too short") << QStringLiteral("1381234567") << false;
        QTest::newRow("no area code") << QStringLiteral("12345678") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void phone()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(!FieldValidators::phone(text).has_value(), valid);
    }

    void mobilePhone_refusesLandlines()
    {
        QVERIFY(!FieldValidators::mobilePhone(QStringLiteral("13812345678")));
        QVERIFY(FieldValidators::mobilePhone(QStringLiteral("010-12345678")));
    }

    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("name@example.com") << true;
        QTest::newRow("subdomain") << QStringLiteral("a.b+c@mail.example.cn") << true;
        QTest::newRow("no at") << QStringLiteral("name.example.com") << false;
        QTest::newRow("no domain dot") << QStringLiteral("name@example") << false;
        QTest::newRow("space") << QStringLiteral("na me@example.com") << false;
    }
    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(!FieldValidators::email(text).has_value(), valid);
    }

    void creditCode_checksTheCheckCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("91350100M000100Y43") << true;
        QTest::newRow("valid, lower case") << QStringLiteral("91110000600037341l") << true;
        QTest::newRow("wrong check character") << QStringLiteral("91350100M000100Y44") << false;
        QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << false;
        QTest::newRow("forbidden letter I") << QStringLiteral("91350100M0001I0Y43") << false;
    }
    void creditCode_checksTheCheckCharacter()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto problem = FieldValidators::creditCode(text);
        QVERIFY2(!problem.has_value() == valid, qPrintable(problem.value_or(QStringLiteral("accepted"))));
    }

    void creditCodeCheckCharacter_computesGb32100()
    {
        QCOMPARE(FieldValidators::creditCodeCheckCharacter(QStringLiteral("91350100M000100Y4")), QChar(u'3'));
        QCOMPARE(FieldValidators::creditCodeCheckCharacter(QStringLiteral("91110000600037341")), QChar(u'L'));
        QVERIFY(FieldValidators::creditCodeCheckCharacter(QStringLiteral("9111000060003734I")).isNull());
    }

    void postcode()
    {
        QVERIFY(!FieldValidators::postcode(QStringLiteral("100000")));
        QVERIFY(FieldValidators::postcode(QStringLiteral("10000")));
        QVERIFY(FieldValidators::postcode(QStringLiteral("10000a")));
    }

    void requiredText_trimsAndLimits()
    {
        QVERIFY(FieldValidators::requiredText(QStringLiteral("   "), 10));
        QVERIFY(!FieldValidators::requiredText(QStringLiteral(" 张三 "), 2));
        QVERIFY(FieldValidators::requiredText(QStringLiteral("张三丰"), 2));
    }
};

QTEST_GUILESS_MAIN(TestFieldValidators)
#include "tst_fieldvalidators.moc"
