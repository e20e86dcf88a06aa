#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "money.h"
#include "onboardingenums.h"

#include <QCoreApplication>
#include <QJsonObject>

/// One new line of a vendor's deposit ledger (SPEC 2.3): a payment or a top-up with its receipt
/// number, an amount taken from a settlement with the settlement it came from, a deduction with its
/// reason (and the violation it punishes), or the refund of the balance after the vendor left.
struct RecordDepositEntry
{
    Q_DECLARE_TR_FUNCTIONS(RecordDepositEntry)
public:
    static constexpr const char* name = "deposit.record";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumReasonLength = 500;

    CommandHeader header;
    QString entryId;
    VendorId vendorId;
    DepositEntryKind kind = DepositEntryKind::Payment;
    Money amount;
    QString reason;
    QString receiptNo; ///< payments and top-ups (hasReceipt): the number printed on the 保证金收据
    QString violationId; ///< deductions: the violation punished, if any

    /// Whether the kind is money the vendor paid in, which the platform gives a receipt for. An
    /// amount taken from a settlement has none: the settlement statement shows it.
    static bool hasReceipt(DepositEntryKind kind)
    {
        return kind == DepositEntryKind::Payment || kind == DepositEntryKind::TopUp;
    }
    /// Checks the fields against the ledger's current `balance`: deductions and refunds cannot take
    /// more than it holds.
    FieldErrors validate(Money balance) const;
    QJsonObject toJson() const;
    static RecordDepositEntry fromJson(const QJsonObject& json);
};
