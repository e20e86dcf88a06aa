#include "builtincalendar.h"

#include <QFile>

WorkingCalendar BuiltInCalendar::load(QString* error)
{
    QFile file(QStringLiteral(MARKETDESK_HOLIDAYS));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const WorkingCalendar::ParseResult schedule = WorkingCalendar::parseSchedule(file.readAll());
    *error = schedule.error;
    return WorkingCalendar(schedule.days, schedule.years);
}
