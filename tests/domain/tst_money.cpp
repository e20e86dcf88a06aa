#include "money.h"

#include <QLocale>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parse_readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("grouped with decimals") << QStringLiteral("1,234.50") << qint64(123450);
        QTest::newRow("yen sign") << QStringLiteral("¥12") << qint64(1200);
        QTest::newRow("full-width yen sign") << QStringLiteral("￥12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("yuan suffix") << QStringLiteral("50元") << qint64(5000);
        QTest::newRow("full-width digits") << QStringLiteral("１２３.４５") << qint64(12345);
        QTest::newRow("surrounding spaces") << QStringLiteral("  7.01 ") << qint64(701);
        QTest::newRow("negative") << QStringLiteral("-3.20") << qint64(-320);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("fen only") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("no float drift") << QStringLiteral("0.29") << qint64(29);
    }
    void parse_readsWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QString error;
        const std::optional<Money> money = Money::parse(text, &error);
        QVERIFY2(money.has_value(), qPrintable(error));
        QCOMPARE(money->fen(), fen);
    }

    void parse_refusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("three decimals") << QStringLiteral("1.234");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("misplaced group") << QStringLiteral("12,34");
        QTest::newRow("too large") << QStringLiteral("99999999999999999");
    }
    void parse_refusesWithAReason()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!Money::parse(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void format_usesTheLocale()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::fromFen(123450).format(english), QStringLiteral("¥1,234.50"));
        QCOMPARE(Money::fromFen(-5).format(english), QStringLiteral("-¥0.05"));
        QCOMPARE(Money::fromFen(123450).format(QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("¥1,234.50"));
        QCOMPARE(Money::fromFen(100000000).format(QLocale(QLocale::German)), QStringLiteral("¥1.000.000,00"));
    }

    void plainString_isLocaleFree()
    {
        QCOMPARE(Money::fromFen(123450).toPlainString(), QStringLiteral("1234.50"));
        QCOMPARE(Money::fromFen(-7).toPlainString(), QStringLiteral("-0.07"));
    }

    void arithmetic_isExact()
    {
        Money total;
        for (int i = 0; i < 10; ++i)
            total += Money::fromFen(10);
        QCOMPARE(total, Money::fromYuan(1));
        QVERIFY(Money::fromFen(5) - Money::fromFen(6) < Money());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
