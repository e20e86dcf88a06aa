#include "columnfilter.h"
#include "duetime.h"

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

    static constexpr qint64 hour = 60LL * 60 * 1000;
    static constexpr qint64 day = 24 * hour;
    static constexpr qint64 now = 1795500000000; // 2026-11-24 UTC
    static QDateTime nowTime() { return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); }

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
        const QDateTime today(QDate(2026, 11, 24), QTime(9, 30), Qt::LocalTime);
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

    /// Durations count from now: forward to a deadline, back to the moment a wait began (a longer
    /// wait is an earlier moment).
    void durations_countFromNow_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Condition>>("expected");
        QTest::newRow("within a day")
            << ColumnKind::Deadline << QStringLiteral("<1d") << QList<Condition> {{Op::Less, now + day}};
        QTest::newRow("overdue") << ColumnKind::Deadline << QStringLiteral("<0h")
                                 << QList<Condition> {{Op::Less, now}};
        QTest::newRow("at most 12 hours") << ColumnKind::Deadline << QStringLiteral("<= 12 小时")
                                          << QList<Condition> {{Op::LessOrEqual, now + 12 * hour}};
        QTest::newRow("more than 2 days, something due")
            << ColumnKind::Deadline << QStringLiteral(">2天")
            << QList<Condition> {{Op::Greater, now + 2 * day}, {Op::Less, nothingDueMs}};
        QTest::newRow("after a date, something due")
            << ColumnKind::Deadline << QStringLiteral(">=2026-11-25")
            << QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 25)}, {Op::Less, nothingDueMs}};
        QTest::newRow("a bare day is the whole day")
            << ColumnKind::Deadline << QStringLiteral("1d")
            << QList<Condition> {{Op::GreaterOrEqual, now + day}, {Op::Less, now + 2 * day}};
        QTest::newRow("a range ends with its last unit")
            << ColumnKind::Deadline << QStringLiteral("-1d..2h")
            << QList<Condition> {{Op::GreaterOrEqual, now - day}, {Op::Less, now + 3 * hour}};
        QTest::newRow("a date still names its day")
            << ColumnKind::Deadline << QStringLiteral("2026-11-24")
            << QList<Condition> {{Op::GreaterOrEqual, localMidnight(2026, 11, 24)},
                                 {Op::Less, localMidnight(2026, 11, 25)}};
        QTest::newRow("more than 3 days")
            << ColumnKind::Since << QStringLiteral(">3d") << QList<Condition> {{Op::Less, now - 3 * day}};
        QTest::newRow("at least 3 days") << ColumnKind::Since << QStringLiteral(">=3 天")
                                         << QList<Condition> {{Op::LessOrEqual, now - 3 * day}};
        QTest::newRow("under 12 hours, still waiting")
            << ColumnKind::Since << QStringLiteral("<12h")
            << QList<Condition> {{Op::Greater, now - 12 * hour}, {Op::Less, nothingDueMs}};
        QTest::newRow("a bare day: 3 days and less than 4")
            << ColumnKind::Since << QStringLiteral("3d")
            << QList<Condition> {{Op::GreaterOrEqual, now - 4 * day + 1}, {Op::Less, now - 3 * day + 1}};
        QTest::newRow("a range: 1 day up to just under 3")
            << ColumnKind::Since << QStringLiteral("1d..2d")
            << QList<Condition> {{Op::GreaterOrEqual, now - 3 * day + 1}, {Op::Less, now - day + 1}};
    }
    void durations_countFromNow()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QString, text);
        QFETCH(QList<Condition>, expected);
        QString error;
        QCOMPARE(ColumnFilter::parse(text, kind, &error, nowTime()).conditions(), expected);
        QCOMPARE(error, QString());
    }

    void durations_belongToTimeColumnsOnly()
    {
        QString error;
        QVERIFY(
            ColumnFilter::parse(QStringLiteral("<1d"), ColumnKind::DateTime, &error, nowTime()).isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("Type a date")));
        QVERIFY(ColumnFilter::parse(QStringLiteral("1d..today"), ColumnKind::Deadline, &error, nowTime())
                    .isEmpty());
        QCOMPARE(error, QStringLiteral("Type both ends of a range as durations, like 1d..3d."));
        QVERIFY(ColumnFilter::parse(QStringLiteral("<1w"), ColumnKind::Since, &error, nowTime()).isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("Type the time waited")));
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
