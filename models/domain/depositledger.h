#pragma once

#include "money.h"
#include "onboardingenums.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QList>

#include <optional>

/// SPEC 2.3: the deposit as a ledger. Balance, amount due, shortfall and the top-up deadline are
/// derived from the entries every time; nothing here is stored.
class DepositLedger
{
public:
    struct Entry
    {
        DepositEntryKind kind = DepositEntryKind::Payment;
        Money amount; ///< always positive; the kind gives the sign
        QDateTime recordedAt; ///< UTC
    };

    struct Surcharge
    {
        Money amount;
        QDateTime validFrom; ///< UTC, inclusive
        QDateTime validUntil; ///< UTC, exclusive
    };

    /// SPEC 2.3: a deduction's shortfall is topped up by the vendor within the working days; if not,
    /// it is taken from the next settlement; if still short, the display is suspended.
    struct ShortfallSchedule
    {
        QDateTime topUpDeadline; ///< UTC: the end of the last working day to top up
        QDate settlementDay; ///< China date of the settlement the shortfall is taken from
        /// UTC: when the display is suspended unless the deposit is covered by then — the end of the
        /// settlement day, or the moment an amount taken from that settlement left it still short.
        QDateTime suspendAt;
    };

    /// Whether the entry adds to the balance (payments, top-ups and amounts taken from settlements)
    /// rather than takes from it.
    static bool isCredit(DepositEntryKind kind)
    {
        return kind == DepositEntryKind::Payment || kind == DepositEntryKind::TopUp
            || kind == DepositEntryKind::Settlement;
    }
    /// Payments, top-ups and amounts taken from settlements, minus deductions and refunds.
    static Money balance(const QList<Entry>& entries);
    /// The highest deposit among the vendor's markets (never their sum), plus every confirmed
    /// surcharge valid at `now`.
    static Money due(const QList<Money>& marketDeposits, const QList<Surcharge>& surcharges,
                     const QDateTime& now);
    /// What is missing to the amount due; zero when the balance covers it.
    static Money shortfall(Money due, Money balance);
    /// The instant a top-up is late: the end (24:00 China time) of the `workingDays`th working day
    /// after the day of the deduction (3 in SPEC 2.3).
    static QDateTime topUpDeadline(const QDateTime& deductionUtc, int workingDays,
                                   const WorkingCalendar& calendar);
    /// The first day from `from` on that is day `dayOfMonth` (1–28) of its month.
    static QDate nextSettlementDay(const QDate& from, int dayOfMonth);
    /// When the balance fell short of `due` through a deduction and has stayed short since, what
    /// happens when: the top-up deadline `topUpWorkingDays` after the deduction, the settlement
    /// (on day `settlementDayOfMonth` of a month) after it, the suspension. Nothing when the
    /// deposit is not short or was never paid in full.
    static std::optional<ShortfallSchedule> pendingShortfall(const QList<Entry>& entries, Money due,
                                                             int topUpWorkingDays, int settlementDayOfMonth,
                                                             const WorkingCalendar& calendar);
    /// Deductions in the twelve months up to and including `now`.
    static int deductionsWithinYear(const QList<Entry>& entries, const QDateTime& now);
    /// Whether the deductions within twelve months are more than `allowedDeductions` (2 in SPEC
    /// 2.3), which calls for a surcharge proposal.
    static bool proposesSurcharge(const QList<Entry>& entries, const QDateTime& now, int allowedDeductions);
};
