#include "reentryrule.h"

#include <QTimeZone>

namespace {

// UTC+8 all year: China has no daylight saving time since 1991.
QDate chinaDate(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

QString ReentryRule::Verdict::message() const
{
    switch (kind) {
    case Kind::Allowed:
        return {};
    case Kind::AlreadyVendor:
        return tr("%1 is already a vendor on the marketplace.").arg(vendorName);
    case Kind::RefusedUntil:
        return tr("%1 left the marketplace of its own accord; it may apply again from %2.")
            .arg(vendorName, mayApplyFrom.toString(Qt::ISODate));
    case Kind::RefusedForever:
        return tr("%1 was expelled from the marketplace and may not apply again.").arg(vendorName);
    }
    return {};
}

QDate ReentryRule::firstDayToApply(const QDateTime& leftAtUtc, int waitMonths)
{
    return chinaDate(leftAtUtc).addMonths(waitMonths);
}

ReentryRule::Verdict ReentryRule::check(const QList<PastVendor>& matches, const QDateTime& now,
                                        int waitMonths)
{
    Verdict verdict;
    for (const PastVendor& match : matches) {
        if (match.status == VendorStatus::Expelled)
            return {Verdict::Kind::RefusedForever, match.name, {}};
        if (match.status == VendorStatus::Active || match.status == VendorStatus::Suspended) {
            verdict = {Verdict::Kind::AlreadyVendor, match.name, {}};
            continue;
        }
        if (match.leaveReason != LeaveReason::OwnRequest || verdict.kind == Verdict::Kind::AlreadyVendor)
            continue;
        const QDate firstDay = firstDayToApply(match.leftAt, waitMonths);
        if (chinaDate(now) < firstDay && (!verdict.mayApplyFrom.isValid() || firstDay > verdict.mayApplyFrom))
            verdict = {Verdict::Kind::RefusedUntil, match.name, firstDay};
    }
    return verdict;
}
