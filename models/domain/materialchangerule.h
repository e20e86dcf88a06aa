#pragma once

#include <QDate>
#include <QDateTime>

/// SPEC 2.5: a vendor reports a material change (重大事项变更) within 30 days of the day it took
/// effect. Days are China dates; the report is due by 24:00 China time of the 30th day after.
class MaterialChangeRule
{
public:
    static constexpr int reportDays = 30;

    enum class ReportState {
        Due, ///< not reported yet, the deadline still ahead
        Overdue, ///< not reported, the deadline passed
        InTime,
        Late,
    };

    /// The start of China date `day`, in UTC: how the day a change took effect or was reported is
    /// stored.
    static QDateTime startOfChinaDay(QDate day);
    /// The China date of the instant `utc`.
    static QDate chinaDate(const QDateTime& utc);
    /// When the report of a change effective on `effectiveOn` is due, in UTC.
    static QDateTime reportDeadline(QDate effectiveOn);
    /// Where a change effective on `effectiveOn` stands at `nowUtc`; `reportedOn` is null while it
    /// was not reported.
    static ReportState state(QDate effectiveOn, QDate reportedOn, const QDateTime& nowUtc);
};
