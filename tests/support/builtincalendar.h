#pragma once

#include "workingcalendar.h"

#include <QString>

/// The holiday calendar shipped in resources/cn-holidays.json, for tests of working-day rules.
class BuiltInCalendar
{
public:
    /// Reads the file; on failure returns an empty calendar and sets `error`.
    static WorkingCalendar load(QString* error);
};
