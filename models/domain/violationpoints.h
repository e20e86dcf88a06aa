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

    /// A year's total at or above this proposes expulsion (清退).
    static constexpr int expulsionThreshold = 24;

    /// The year a violation processed at `processedAtUtc` counts in.
    static int countedYear(const QDateTime& processedAtUtc);
    static int yearTotal(const QList<Record>& records, int year);
    static bool proposesExpulsion(int yearTotal) { return yearTotal >= expulsionThreshold; }
};
