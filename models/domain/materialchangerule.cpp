#include "materialchangerule.h"

#include <QTimeZone>

namespace {
// UTC+8 all year: China has no daylight saving time since 1991.
const QTimeZone chinaTime(8 * 3600);
} // namespace

QDateTime MaterialChangeRule::startOfChinaDay(QDate day)
{
    return day.startOfDay(chinaTime).toUTC();
}

QDate MaterialChangeRule::chinaDate(const QDateTime& utc)
{
    return utc.toTimeZone(chinaTime).date();
}

QDateTime MaterialChangeRule::reportDeadline(QDate effectiveOn)
{
    return startOfChinaDay(effectiveOn.addDays(reportDays + 1));
}

MaterialChangeRule::ReportState MaterialChangeRule::state(QDate effectiveOn, QDate reportedOn,
                                                          const QDateTime& nowUtc)
{
    const QDateTime deadline = reportDeadline(effectiveOn);
    if (reportedOn.isValid())
        return startOfChinaDay(reportedOn) < deadline ? ReportState::InTime : ReportState::Late;
    return nowUtc < deadline ? ReportState::Due : ReportState::Overdue;
}
