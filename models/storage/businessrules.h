#pragma once

#include "money.h"

/// The figures the marketplace's rules count with that an administrator may change, read from the
/// settings table in one go (SettingsService::rules()). Each member starts at the SPEC's figure,
/// which is also the setting's default; the comment names the setting's key.
struct BusinessRules
{
    Money cashOnDeliveryLimit = Money::fromYuan(50); ///< invoice.cash_on_delivery_limit_fen (SPEC 5.3)
    int returnWorkingDays = 3; ///< invoice.return_working_days (SPEC 5.4)
    int redLetterHours = 72; ///< invoice.red_letter_hours (SPEC 5.4)
    int autoAcceptDays = 15; ///< delivery.auto_accept_days (SPEC 4)
    int topUpWorkingDays = 3; ///< deposit.top_up_working_days (SPEC 2.3)
    /// deposit.settlement_day: the day of each month (1–28) the marketplace settles with its
    /// vendors; a shortfall not topped up in time is taken from that settlement (SPEC 2.3).
    int settlementDay = 1;
    int surchargeDeductions = 2; ///< deposit.surcharge_deductions: more deductions in 12 months propose one
    Money surcharge = Money::fromYuan(10000); ///< deposit.surcharge_fen (SPEC 2.3)
    int expelPoints = 24; ///< violation.expel_points: a year's points that propose expulsion (SPEC 2.4)
    int idleDelistMonths = 3; ///< product.idle_delist_months (SPEC 2.4, 3.1)
    int reentryWaitMonths = 12; ///< vendor.reentry_wait_months: after leaving of its own accord (SPEC 2.5)
    int paperMailWorkingDays = 5; ///< contract.paper_mail_working_days (SPEC 6)
};
