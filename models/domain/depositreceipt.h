#pragma once

#include "money.h"

#include <QDateTime>
#include <QStringList>

/// The deposit receipt (保证金收据) the platform mails to a vendor after a payment (SPEC 2.3): in
/// Chinese whatever the interface language, with the amount in figures and in capital numerals.
class DepositReceipt
{
public:
    struct Facts
    {
        QString receiptNo;
        QString vendorName;
        QString creditCode;
        QStringList marketNames;
        Money amount;
        bool topUp = false; ///< a top-up (补足) rather than the first payment
        QDateTime receivedAt; ///< UTC; printed as the China date
        QString recordedBy;
    };

    /// The receipt as HTML for DocumentPdf.
    static QString html(const Facts& facts);
};
