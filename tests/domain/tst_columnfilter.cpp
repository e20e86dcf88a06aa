#include "columnfilter.h"

#include <QDateTime>
#include <QTest>

using Op = ColumnFilter::Op;
using Condition = ColumnFilter::Condition;

namespace {

qint64 localMidnight(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

class TestColumnFilter : public QObject
{
    Q_OBJECT
private slots:
    void emptyText_isNoFilter()
    {
        QVERIFY(ColumnFilter::parse(QStringLiteral("  "), ColumnKind::Money).isEmpty());
    }

    void text_isASubstring()
    {
        const ColumnFilter filter = ColumnFilter::parse(QStringLiteral(" 上海 "), ColumnKind::Text);
        QCOMPARE(filter.conditions(), (QList<Condition> {{Op::Contains, QStringLiteral("上海")}}));
    }

    void money_comparisons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Condition>>("expected");
        QTest::newRow("bare") << QStringLiteral("50") << QList<Condition> {{Op::Equals, qint64(5000)}};
        QTest::newRow("greater") << QStringLiteral(">50") << QList<Condition> {{Op::Greater, qint64(5000)}};
        QTest::newRow("at most") << QStringLiteral("<= 1,234.50")
                                 << QList<Condition> {{Op::LessOrEqual, qint64(123450)}};
        QTest::newRow("range") << QStringLiteral("10..50")
                               << QList<Condition> {{Op::GreaterOrEqual, qint64(1000)},
                                                    {Op::LessOrEqual, qint64(5000)}};
    }
    void money_comparisons()
    {
        QFETCH(QString, text);
        QFETCH(QList<Condition>, expected);
        QString error;
        QCOMPARE(ColumnFilter::parse(text, ColumnKind::Money, &error).conditions(), expected);
        QVERIFY(error.isEmpty());
    }

    void integer_refusesText()
    {
        QString error;
        QVERIFY(ColumnFilter::parse(QStringLiteral(">abc"), ColumnKind::Integer, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void date_namesAPeriodInLocalTime()
    {
        QCOMPARE(ColumnFilter::parse(QStringLiteral("2026-11-23"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 23)},
                                    {Op::Less, localMidnight(2026, 11, 24)}}));
        QCOMPARE(ColumnFilter::parse(QStringLiteral("2026-11"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 1)},
                                    {Op::Less, localMidnight(2026, 12, 1)}}));
        QCOMPARE(ColumnFilter::parse(QStringLiteral("2026"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 1, 1)},
                                    {Op::Less, localMidnight(2027, 1, 1)}}));
    }

    void date_comparisonsUseThePeriodBounds()
    {
        QCOMPARE(ColumnFilter::parse(QStringLiteral("<2026-11"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::Less, localMidnight(2026, 11, 1)}}));
        QCOMPARE(ColumnFilter::parse(QStringLiteral("<=2026-11"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::Less, localMidnight(2026, 12, 1)}}));
        QCOMPARE(ColumnFilter::parse(QStringLiteral(">2026-11"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 12, 1)}}));
        QCOMPARE(ColumnFilter::parse(QStringLiteral("2026-01..2026-03"), ColumnKind::DateTime).conditions(),
                 (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 1, 1)},
                                    {Op::Less, localMidnight(2026, 4, 1)}}));
    }

    void date_todayAndYesterday_nameLocalDays_inEitherLanguage()
    {
        const QDate today(2026, 11, 24);
        const QList<Condition> todays {{Op::GreaterOrEqual, localMidnight(2026, 11, 24)},
                                       {Op::Less, localMidnight(2026, 11, 25)}};
        for (const QString& word : {QStringLiteral("today"), QStringLiteral("Today"), QStringLiteral("今天")})
            QCOMPARE(ColumnFilter::parse(word, ColumnKind::DateTime, nullptr, today).conditions(), todays);
        QCOMPARE(
            ColumnFilter::parse(QStringLiteral("昨天"), ColumnKind::DateTime, nullptr, today).conditions(),
            (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 23)},
                               {Op::Less, localMidnight(2026, 11, 24)}}));
        QCOMPARE(
            ColumnFilter::parse(QStringLiteral("2026-11-01..yesterday"), ColumnKind::DateTime, nullptr, today)
                .conditions(),
            (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 1)},
                               {Op::Less, localMidnight(2026, 11, 24)}}));
        QCOMPARE(
            ColumnFilter::parse(QStringLiteral(">=today"), ColumnKind::DateTime, nullptr, today).conditions(),
            (QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 24)}}));
        QCOMPARE(
            ColumnFilter::parse(QStringLiteral("today"), ColumnKind::DateTime).conditions().first().value,
            QVariant(localMidnight(QDate::currentDate().year(), QDate::currentDate().month(),
                                   QDate::currentDate().day())));
    }

    void date_refusesImpossibleDates()
    {
        QString error;
        QVERIFY(ColumnFilter::parse(QStringLiteral("2026-02-30"), ColumnKind::DateTime, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void anyOf_listsKeys()
    {
        QCOMPARE(ColumnFilter::anyOf({QStringLiteral("paid")}).conditions(),
                 (QList<Condition> {{Op::In, QStringList {QStringLiteral("paid")}}}));
    }
};

QTEST_GUILESS_MAIN(TestColumnFilter)
#include "tst_columnfilter.moc"
