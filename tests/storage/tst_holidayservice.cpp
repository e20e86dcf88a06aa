#include "freshdatabase.h"
#include "holidayservice.h"
#include "query.h"

#include <QTest>

class TestHolidayService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void import_buildsTheCalendar()
    {
        HolidayService holidays(m_fresh->database());
        QVERIFY(holidays.isEmpty());
        QCOMPARE(holidays
                     .importSchedule(schedule2027({{QDate(2027, 10, 1), QStringLiteral("国庆节"), true},
                                                   {QDate(2027, 9, 26), QStringLiteral("国庆节"), false}}))
                     .kind,
                 WriteOutcome::Kind::Done);
        QVERIFY(!holidays.isEmpty());
        const WorkingCalendar calendar = holidays.calendar();
        QVERIFY(calendar.hasScheduleFor(2027));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 10, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 9, 26)));
    }

    void reimport_replacesTheYear()
    {
        HolidayService holidays(m_fresh->database());
        QVERIFY(holidays.importSchedule(schedule2027({{QDate(2027, 10, 1), QStringLiteral("国庆节"), true}}))
                    .succeeded());
        QVERIFY(holidays.importSchedule(schedule2027({{QDate(2027, 10, 4), QStringLiteral("国庆节"), true}}))
                    .succeeded());
        const WorkingCalendar calendar = holidays.calendar();
        QVERIFY(calendar.isWorkingDay(QDate(2027, 10, 1)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 10, 4)));
        Query audit(m_fresh->database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'holiday_year'"));
        audit.exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 2);
    }

    void dayOutsideTheYears_isRefused()
    {
        HolidayService holidays(m_fresh->database());
        const WriteOutcome outcome
            = holidays.importSchedule(schedule2027({{QDate(2028, 1, 1), QStringLiteral("元旦"), true}}));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY(holidays.isEmpty());
    }

private:
    ImportHolidays schedule2027(const HolidaySchedule& days)
    {
        return {{CommandId(QUuid::createUuid()), QStringLiteral("admin"), QDateTime::currentDateTimeUtc()},
                {2027},
                days};
    }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestHolidayService)
#include "tst_holidayservice.moc"
