#include "violationpoints.h"

#include <QTimeZone>

int ViolationPoints::countedYear(const QDateTime& processedAtUtc)
{
    // UTC+8 all year: China has no daylight saving time since 1991.
    return processedAtUtc.toTimeZone(QTimeZone(8 * 3600)).date().year();
}

int ViolationPoints::yearTotal(const QList<Record>& records, int year)
{
    int total = 0;
    for (const Record& record : records) {
        if (record.countedYear == year)
            total += record.points;
    }
    return total;
}
