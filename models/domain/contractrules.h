#pragma once

#include "contractenums.h"
#include "invoicedeadline.h"
#include "money.h"
#include "orderenums.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <optional>

/// The rules of SPEC 6 that do not depend on a contract's state.
class ContractRules
{
public:
    /// At most this many paper copies per contract; the database refuses more as well.
    static constexpr int maximumPaperCopies = 2;

    /// Order and filing contracts list orders and stand under an effective framework contract.
    static bool listsOrders(ContractKind kind) { return kind != ContractKind::Framework; }
    /// The seal an individual buyer gets without a choice (two-sided), nothing for an enterprise.
    static std::optional<SealMethod> imposedSeal(bool individualBuyer);
    /// What an order adds to a contract's total, or nothing when it may not be listed: an order
    /// of type new, renewal or change of spec counts its paid amount less refunds while it is
    /// paid or completed; a refund order (退款订单) counts its amount negatively once paid or
    /// completed. Orders being refunded, or refunded in full, are not listed.
    static std::optional<Money> lineAmount(OrderType type, OrderStatus status, Money paid, Money refunded);
    /// The contract number: HT, the creation date and the last eight hex digits of the id, so that
    /// drafts made offline on two machines do not share one. The last digits, because they are
    /// random in every UUID version, where time-ordered ids share their leading digits.
    /// The date is the creation day in China, whatever the clerk's time zone.
    static QString contractNumber(const QUuid& id, const QDateTime& createdAtUtc);
    /// When paper copies requested at `requestedUtc` must be mailed: `workingDays` (5 in SPEC 6)
    /// working days later on China's calendar, at the same time of day (as InvoiceDeadline counts).
    static QDateTime paperCopyDue(const QDateTime& requestedUtc, int workingDays,
                                  const WorkingCalendar& calendar)
    {
        return InvoiceDeadline::after(requestedUtc, {workingDays, true}, calendar);
    }
};
