#pragma once

#include "commandheader.h"
#include "holidayday.h"

#include <QJsonObject>
#include <QList>

/// Replaces the holiday schedule of `years` with `days` (the State Council publishes one year at a
/// time; a year may be listed with no days).
struct ImportHolidays
{
    static constexpr const char* name = "holidays.import";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QList<int> years;
    HolidaySchedule days;

    QJsonObject toJson() const;
    static ImportHolidays fromJson(const QJsonObject& json);
};
