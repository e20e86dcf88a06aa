#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Records that the deposit receipt of a payment or top-up was mailed to the vendor (SPEC 2.3):
/// the courier and the tracking number. A receipt is mailed once.
struct RecordReceiptMailing
{
    Q_DECLARE_TR_FUNCTIONS(RecordReceiptMailing)
public:
    static constexpr const char* name = "deposit.record_receipt_mailing";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString entryId;
    QString courier;
    QString trackingNo;

    /// Field keys "courier" and "trackingNo".
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static RecordReceiptMailing fromJson(const QJsonObject& json);
};
