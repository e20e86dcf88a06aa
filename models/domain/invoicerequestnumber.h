#pragma once

#include <QDateTime>
#include <QString>

/// The number a clerk reads for an invoice request: "FP" + the China date + the last 16 hex digits
/// of the request's UUID (60 random bits in a TimeOrderedUuid, whose first digits are the clock),
/// unique without a counter, so that clients working offline never hand out the same number.
class InvoiceRequestNumber
{
public:
    static QString make(const QDateTime& appliedAtUtc, const QString& requestId);
};
