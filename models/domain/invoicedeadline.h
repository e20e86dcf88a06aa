#pragma once

#include "workingcalendar.h"

#include <QDateTime>

/// The deadlines of SPEC 5.3: issue within N calendar or working days of the request, process a
/// return within N working days. Working days are China's (WorkingCalendar), counted on the date
/// in China Standard Time whatever the clerk's own time zone, and the deadline keeps the time of
/// day of the starting instant.
class InvoiceDeadline
{
public:
    struct Rule
    {
        int days = 7;
        bool workingDays = false;
    };

    /// The instant `rule` gives after `startUtc`.
    static QDateTime after(const QDateTime& startUtc, Rule rule, const WorkingCalendar& calendar);
};
