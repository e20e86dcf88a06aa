#pragma once

#include "commandheader.h"
#include "onboardingenums.h"
#include "recorddepositentry.h"
#include "recordviolation.h"
#include "saveapplication.h"

class ApplicationService;
class Database;

/// Applications and vendors for the onboarding tests, on the markets and checklists migration 0006
/// seeds: a complete enterprise application to the software and service markets, and a vendor
/// admitted through the whole flow.
class OnboardingFixture
{
public:
    static inline const QString softwareMarket = QStringLiteral("6f1c2a40-0001-4000-8000-000000000001");
    static inline const QString serviceMarket = QStringLiteral("6f1c2a40-0001-4000-8000-000000000002");
    /// 引导站外交易, 12 points.
    static inline const QString offPlatformTrade = QStringLiteral("6f1c2a40-0004-4000-8000-000000000002");

    /// A time in China Standard Time, as UTC.
    static QDateTime chinaTime(int year, int month, int day, int hour = 10);
    static CommandHeader header(const QDateTime& at);
    static QString newId();
    /// A valid credit code ending the 17 characters given with their check character.
    static QString creditCode(const QString& first17);
    /// A complete submission of an enterprise application with fresh ids.
    static SaveApplication application(const QString& name, const QString& code, const QDateTime& at);
    /// Submits, reviews and approves an application at `at`; the new vendor, or a null id on failure.
    static VendorId approvedVendor(ApplicationService& service, const QString& name, const QString& code,
                                   const QDateTime& at);
    /// The same through an ApplicationService of its own on `database`.
    static VendorId approvedVendor(Database& database, const QString& name, const QString& code,
                                   const QDateTime& at);
    /// A vendor admitted on 5 January 2026 that paid its ¥20,000 deposit the next day and had ¥2,000
    /// deducted on Monday 23 November 2026, 10:00 China time: short, its time to top up running.
    /// A null id when a step failed.
    static VendorId shortVendor(Database& database, const QString& name, const QString& creditCode);
    /// A ledger line with a unique receipt number for payments and top-ups.
    static RecordDepositEntry depositEntry(const VendorId& vendor, DepositEntryKind kind, qint64 yuan,
                                           const QDateTime& at);
    /// The vendor's status key as stored ("active", "suspended", …).
    static QString vendorStatus(Database& database, const VendorId& vendor);
    /// An off-platform trade (12 points) processed at `processedAt`, which happened the day before.
    static RecordViolation violation(const VendorId& vendor, const QDateTime& processedAt);
};
