#include "systemreason.h"

#include <QTest>

/// Reasons given by the rules, kept as codes and put into words when read.
class TestSystemReason : public QObject
{
    Q_OBJECT
private slots:
    void code_isPutIntoWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("shortfall") << SystemReason::depositShortfall(QDate(2026, 12, 1))
                                   << QStringLiteral("Deposit not topped up and still short after the "
                                                     "settlement of 2026-12-01");
        QTest::newRow("topped up") << SystemReason::depositToppedUp() << QStringLiteral("Deposit topped up");
        QTest::newRow("dormant") << SystemReason::dormant(6)
                                 << QStringLiteral("No order for 6 consecutive month(s)");
        QTest::newRow("expelled") << SystemReason::vendorExpelled() << QStringLiteral("Vendor expelled");
        QTest::newRow("deductions") << SystemReason::deductionsWithinYear(3)
                                    << QStringLiteral("3 deduction(s) within twelve months");
    }
    void code_isPutIntoWords()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        QVERIFY2(!code.contains(QLatin1Char(' ')), qPrintable(code));
        QCOMPARE(SystemReason::shown(code, QStringLiteral("ignored")), words);
    }

    void noCode_showsThePersonsText_andAnUnknownCodeItself()
    {
        QCOMPARE(SystemReason::shown({}, QStringLiteral("长期未续费")), QStringLiteral("长期未续费"));
        QCOMPARE(SystemReason::shown(QStringLiteral("from_a_newer_version:2"), {}),
                 QStringLiteral("from_a_newer_version:2"));
    }
};

QTEST_GUILESS_MAIN(TestSystemReason)
#include "tst_systemreason.moc"
