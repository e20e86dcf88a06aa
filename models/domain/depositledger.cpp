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

QDate DepositLedger::nextSettlementDay(const QDate& from, int dayOfMonth)
{
    const QDate thisMonth(from.year(), from.month(), dayOfMonth);
    return thisMonth >= from ? thisMonth : thisMonth.addMonths(1);
}

std::optional<DepositLedger::ShortfallSchedule>
DepositLedger::pendingShortfall(const QList<Entry>& entries, Money due, int topUpWorkingDays,
                                int settlementDayOfMonth, const WorkingCalendar& calendar)
{
    QList<Entry> ordered = entries;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Entry& a, const Entry& b) { return a.recordedAt < b.recordedAt; });
    Money running;
    qsizetype shortFrom = -1;
    for (qsizetype index = 0; index < ordered.size(); ++index) {
        const Entry& entry = ordered.at(index);
        const bool wasCovered = running >= due;
        running += signedAmount(entry);
        if (running >= due)
            shortFrom = -1;
        else if (wasCovered && entry.kind == DepositEntryKind::Deduction)
            shortFrom = index;
    }
    if (shortFrom < 0)
        return std::nullopt;
    const QTimeZone china(8 * 3600);
    ShortfallSchedule schedule;
    schedule.topUpDeadline = topUpDeadline(ordered.at(shortFrom).recordedAt, topUpWorkingDays, calendar);
    schedule.settlementDay
        = nextSettlementDay(schedule.topUpDeadline.toTimeZone(china).date(), settlementDayOfMonth);
    schedule.suspendAt = QDateTime(schedule.settlementDay.addDays(1), QTime(0, 0), china).toUTC();
    // Every entry since the deduction left the deposit short: the first amount taken from the
    // settlement after the deadline was all that settlement gave.
    for (qsizetype index = shortFrom + 1; index < ordered.size(); ++index) {
        const Entry& entry = ordered.at(index);
        if (entry.kind == DepositEntryKind::Settlement && entry.recordedAt >= schedule.topUpDeadline) {
            schedule.suspendAt = std::min(schedule.suspendAt, entry.recordedAt);
            break;
        }
    }
    return schedule;
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
