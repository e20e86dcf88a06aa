#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "refundpolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

/// A buyer's refund request for one order, recorded by staff on the buyer's behalf. A request for
/// a service order whose requirement the vendor has not confirmed pauses the delivery.
struct RequestRefund
{
    Q_DECLARE_TR_FUNCTIONS(RequestRefund)
public:
    static constexpr const char* name = "refund.request";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumTextLength = 500;

    CommandHeader header;
    QString refundId; ///< a new UUID chosen by the caller
    QString orderId;
    RefundReason reason = RefundReason::Guarantee;
    QString text;
    Money amount;

    /// The problems under `policy` (the order's policy now): the reason must be one it offers, a
    /// full refund is the whole refundable amount, an agreed amount lies between 0.01 and it, and
    /// "other" needs a text.
    FieldErrors validate(const RefundPolicy& policy) const;

    QJsonObject toJson() const;
    static RequestRefund fromJson(const QJsonObject& json);
};
