#pragma once

#include <QDateTime>
#include <QList>

/// SPEC 2.4: violation points count in the calendar year (China time) in which the violation was
/// processed, and start again from zero at 24:00 on 31 December.
class ViolationPoints
{
public:
    struct Record
    {
        int points = 0;
        int countedYear = 0;
    };

    /// The year a violation processed at `processedAtUtc` counts in.
    static int countedYear(const QDateTime& processedAtUtc);
    static int yearTotal(const QList<Record>& records, int year);
    /// Whether a year's total reaches `threshold` (24 in SPEC 2.4), which proposes expulsion (清退).
    static bool proposesExpulsion(int yearTotal, int threshold) { return yearTotal >= threshold; }
};
