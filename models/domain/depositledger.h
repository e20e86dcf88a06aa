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

    /// Whether the entry adds to the balance (payments and top-ups) rather than takes from it.
    static bool isCredit(DepositEntryKind kind)
    {
        return kind == DepositEntryKind::Payment || kind == DepositEntryKind::TopUp;
    }
    /// Payments and top-ups minus deductions and refunds.
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
    /// When the balance fell short of `due` through a deduction and has stayed short since, the
    /// deadline for topping it up; nothing when it is not short or was never paid in full.
    static std::optional<QDateTime> pendingTopUpDeadline(const QList<Entry>& entries, Money due,
                                                         int workingDays, const WorkingCalendar& calendar);
    /// Deductions in the twelve months up to and including `now`.
    static int deductionsWithinYear(const QList<Entry>& entries, const QDateTime& now);
    /// Whether the deductions within twelve months are more than `allowedDeductions` (2 in SPEC
    /// 2.3), which calls for a surcharge proposal.
    static bool proposesSurcharge(const QList<Entry>& entries, const QDateTime& now, int allowedDeductions);
};
