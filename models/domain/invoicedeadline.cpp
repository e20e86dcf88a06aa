#include "invoicedeadline.h"

#include <QTimeZone>

QDateTime InvoiceDeadline::after(const QDateTime& startUtc, Rule rule, const WorkingCalendar& calendar)
{
    if (!rule.workingDays)
        return startUtc.addDays(rule.days).toUTC();
    // UTC+8 all year: China has no daylight saving time since 1991.
    const QTimeZone china(8 * 3600);
    const QDateTime local = startUtc.toTimeZone(china);
    const QDate dueDate = calendar.addWorkingDays(local.date(), rule.days);
    return QDateTime(dueDate, local.time(), china).toUTC();
}
