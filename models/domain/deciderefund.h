#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// The platform's decision on a refund request the reviewer saw at `baseVersion`. Approval
/// refunds the amount on the order; a decline says why and resumes a paused delivery.
struct DecideRefund
{
    Q_DECLARE_TR_FUNCTIONS(DecideRefund)
public:
    static constexpr const char* name = "refund.decide";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString refundId;
    int baseVersion = 0;
    bool approve = true;
    QString declineReason;

    FieldErrors validate() const;

    QJsonObject toJson() const;
    static DecideRefund fromJson(const QJsonObject& json);
};
