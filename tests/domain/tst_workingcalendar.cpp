#include "builtincalendar.h"
#include "workingcalendar.h"

#include <QTest>

class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        m_calendar = BuiltInCalendar::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void publishedYears_areKnown()
    {
        QVERIFY(m_calendar.hasScheduleFor(2024));
        QVERIFY(m_calendar.hasScheduleFor(2025));
        QVERIFY(m_calendar.hasScheduleFor(2026));
        QVERIFY(!m_calendar.hasScheduleFor(2027));
    }

    void holidaysAndMakeUpDays()
    {
        QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 10, 1))); // 国庆节, a Wednesday
        QVERIFY(m_calendar.isWorkingDay(QDate(2025, 9, 28))); // 调休: a Sunday worked
        QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 1, 1))); // 元旦
        QVERIFY(m_calendar.isWorkingDay(QDate(2025, 1, 2))); // an ordinary Thursday
        QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 1, 4))); // an ordinary Saturday
    }

    void addWorkingDays_skipsTheNationalDayWeek()
    {
        // From Tuesday 30 September 2025, 3 working days: 1–8 October are off, 9 October works.
        QCOMPARE(m_calendar.addWorkingDays(QDate(2025, 9, 30), 1), QDate(2025, 10, 9));
        QCOMPARE(m_calendar.addWorkingDays(QDate(2025, 9, 30), 3),
                 QDate(2025, 10, 11)); // Saturday 11 Oct is 调休
        QCOMPARE(m_calendar.addWorkingDays(QDate(2025, 10, 9), -1), QDate(2025, 9, 30));
        QCOMPARE(m_calendar.addWorkingDays(QDate(2025, 9, 30), 0), QDate(2025, 9, 30));
    }

    void workingDaysBetween_countsEndButNotStart()
    {
        QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 1, 6), QDate(2025, 1, 10)), 4);
        QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 1, 10), QDate(2025, 1, 6)), -4);
        QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 1, 6), QDate(2025, 1, 6)), 0);
    }

    void yearWithoutSchedule_countsWeekendsOnly()
    {
        QVERIFY(m_calendar.isWorkingDay(QDate(2027, 10, 1))); // Friday; 2027 not published
        QVERIFY(!m_calendar.isWorkingDay(QDate(2027, 10, 2)));
        QCOMPARE(m_calendar.addWorkingDays(QDate(2027, 10, 1), 1), QDate(2027, 10, 4));
    }

    void calendarDayVariants()
    {
        QCOMPARE(WorkingCalendar::addCalendarDays(QDate(2025, 9, 30), 7), QDate(2025, 10, 7));
        QCOMPARE(WorkingCalendar::calendarDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 7)), qint64(7));
    }

    void parseSchedule_refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no years") << QByteArray("{}");
        QTest::newRow("bad year") << QByteArray(R"({"years":{"abc":{"days":[]}}})");
        QTest::newRow("date outside year")
            << QByteArray(R"({"years":{"2025":{"days":[{"date":"2024-01-01","off":true}]}}})");
        QTest::newRow("no off flag") << QByteArray(R"({"years":{"2025":{"days":[{"date":"2025-01-01"}]}}})");
    }
    void parseSchedule_refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!WorkingCalendar::parseSchedule(json).error.isEmpty());
    }

    void parseSchedule_keepsAYearWithoutDays()
    {
        const auto schedule = WorkingCalendar::parseSchedule(R"({"years":{"2030":{"days":[]}}})");
        QVERIFY(schedule.error.isEmpty());
        QCOMPARE(schedule.years, QList<int> {2030});
        QVERIFY(WorkingCalendar(schedule.days, schedule.years).hasScheduleFor(2030));
    }

private:
    WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
