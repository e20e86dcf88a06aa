#pragma once

#include <QCoreApplication>
#include <QString>

class Clock;
class HolidayService;

/// Loads the published holiday schedule shipped with the app (`:/data/cn-holidays.json`) into a
/// database that has none yet, so that a new database counts working days correctly at once.
class HolidaySeeder
{
    Q_DECLARE_TR_FUNCTIONS(HolidaySeeder)
public:
    /// Returns a translated error, empty on success or when the database already has a schedule.
    static QString seedIfEmpty(HolidayService& holidays, const Clock& clock);
    /// The status-bar warning for `year` when the calendar has no schedule for it, else empty.
    static QString missingYearWarning(HolidayService& holidays, int year);
};
