#pragma once

#include "holidayday.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

/// China's working-day calendar: Monday to Friday, minus public holidays, plus make-up working
/// days (调休). For a year with no published schedule it counts weekends only; hasScheduleFor()
/// tells the caller so it can warn.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    struct ParseResult
    {
        HolidaySchedule days;
        QList<int> years; ///< years the document publishes, even one without entries
        QString error; ///< translated; empty on success
    };

    WorkingCalendar() = default;
    /// `years` are the years whose schedule is known (a year may legitimately have no entry).
    WorkingCalendar(const HolidaySchedule& days, const QList<int>& years);

    bool hasScheduleFor(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    bool isWorkingDay(QDate date) const;

    /// The `days`-th working day after `from` (`from` itself is not counted); `from` for 0.
    /// Negative counts go backwards.
    QDate addWorkingDays(QDate from, int days) const;
    /// Working days d with from < d <= to; negative when `to` is before `from`.
    int workingDaysBetween(QDate from, QDate to) const;

    static QDate addCalendarDays(QDate from, int days) { return from.addDays(days); }
    static qint64 calendarDaysBetween(QDate from, QDate to) { return from.daysTo(to); }

    /// Reads the published schedule format: {"years": {"2025": {"days": [{"date": "2025-01-01",
    /// "name": "元旦", "off": true}, …]}}}.
    static ParseResult parseSchedule(const QByteArray& json);

private:
    QHash<QDate, bool> m_exceptions; ///< date → off (true) or make-up working day (false)
    QSet<int> m_years;
};
