#include "depositledger.h"

#include <QTimeZone>

#include <algorithm>

namespace {

Money signedAmount(const DepositLedger::Entry& entry)
{
    return DepositLedger::isCredit(entry.kind) ? entry.amount : Money() - entry.amount;
}

} // namespace

Money DepositLedger::balance(const QList<Entry>& entries)
{
    Money total;
    for (const Entry& entry : entries)
        total += signedAmount(entry);
    return total;
}

Money DepositLedger::due(const QList<Money>& marketDeposits, const QList<Surcharge>& surcharges,
                         const QDateTime& now)
{
    Money highest;
    for (Money deposit : marketDeposits)
        highest = std::max(highest, deposit);
    for (const Surcharge& surcharge : surcharges) {
        if (surcharge.validFrom <= now && now < surcharge.validUntil)
            highest += surcharge.amount;
    }
    return highest;
}

Money DepositLedger::shortfall(Money due, Money balance)
{
    return std::max(Money(), due - balance);
}

QDateTime DepositLedger::topUpDeadline(const QDateTime& deductionUtc, int workingDays,
                                       const WorkingCalendar& calendar)
{
    // UTC+8 all year: China has no daylight saving time since 1991.
    const QTimeZone china(8 * 3600);
    const QDate lastDay = calendar.addWorkingDays(deductionUtc.toTimeZone(china).date(), workingDays);
    return QDateTime(lastDay.addDays(1), QTime(0, 0), china).toUTC();
}

std::optional<QDateTime> DepositLedger::pendingTopUpDeadline(const QList<Entry>& entries, Money due,
                                                             int workingDays, const WorkingCalendar& calendar)
{
    QList<Entry> ordered = entries;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Entry& a, const Entry& b) { return a.recordedAt < b.recordedAt; });
    Money running;
    std::optional<QDateTime> shortSince;
    for (const Entry& entry : ordered) {
        const bool wasCovered = running >= due;
        running += signedAmount(entry);
        if (running >= due)
            shortSince.reset();
        else if (wasCovered && entry.kind == DepositEntryKind::Deduction)
            shortSince = entry.recordedAt;
    }
    if (!shortSince)
        return std::nullopt;
    return topUpDeadline(*shortSince, workingDays, calendar);
}

int DepositLedger::deductionsWithinYear(const QList<Entry>& entries, const QDateTime& now)
{
    const QDateTime yearAgo = now.addYears(-1);
    return int(std::count_if(entries.begin(), entries.end(), [&](const Entry& entry) {
        return entry.kind == DepositEntryKind::Deduction && entry.recordedAt > yearAgo
            && entry.recordedAt <= now;
    }));
}

bool DepositLedger::proposesSurcharge(const QList<Entry>& entries, const QDateTime& now,
                                      int allowedDeductions)
{
    return deductionsWithinYear(entries, now) > allowedDeductions;
}
