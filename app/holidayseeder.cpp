#include "holidayseeder.h"

#include "clock.h"
#include "holidayservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QFile>
#include <QUuid>

QString HolidaySeeder::seedIfEmpty(HolidayService& holidays, const Clock& clock)
{
    try {
        if (!holidays.isEmpty())
            return {};
    } catch (const StorageError& error) {
        return error.message();
    }
    QFile file(QStringLiteral(":/data/cn-holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The built-in holiday schedule is missing.");
    const WorkingCalendar::ParseResult schedule = WorkingCalendar::parseSchedule(file.readAll());
    if (!schedule.error.isEmpty())
        return schedule.error;
    ImportHolidays command;
    command.header = {CommandId(TimeOrderedUuid::create()), QStringLiteral("system"), clock.nowUtc()};
    command.years = schedule.years;
    command.days = schedule.days;
    const WriteOutcome outcome = holidays.importSchedule(command);
    return outcome.succeeded() ? QString() : outcome.message;
}

QString HolidaySeeder::missingYearWarning(HolidayService& holidays, int year)
{
    try {
        if (holidays.calendar().hasScheduleFor(year))
            return {};
    } catch (const StorageError& error) {
        return error.message();
    }
    return tr("No holiday schedule for %1: deadlines count weekends only. Import it in Settings.").arg(year);
}
