#pragma once

#include "onboardingenums.h"
#include "vendorenums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

/// SPEC 2.5: who may apply again. A vendor that left of its own accord may apply a waiting period
/// (one year in the SPEC) after leaving or later; an expelled one never; one still active or
/// suspended is already a vendor.
class ReentryRule
{
    Q_DECLARE_TR_FUNCTIONS(ReentryRule)
public:
    /// A vendor the applicant matches by credit code or by name.
    struct PastVendor
    {
        QString name;
        VendorStatus status = VendorStatus::Active;
        std::optional<LeaveReason> leaveReason;
        QDateTime leftAt; ///< UTC; null while the vendor has not left
    };

    struct Verdict
    {
        enum class Kind { Allowed, AlreadyVendor, RefusedUntil, RefusedForever };
        Kind kind = Kind::Allowed;
        QString vendorName;
        QDate mayApplyFrom; ///< China date, set for RefusedUntil

        bool allowed() const { return kind == Kind::Allowed; }
        /// A translated sentence for the applicant's reviewer; empty when allowed.
        QString message() const;
    };

    /// The strictest verdict over every matched vendor at `now`, with a wait of `waitMonths`.
    static Verdict check(const QList<PastVendor>& matches, const QDateTime& now, int waitMonths);
    /// The first China date on which a vendor that left at `leftAtUtc` may apply again.
    static QDate firstDayToApply(const QDateTime& leftAtUtc, int waitMonths);
};
