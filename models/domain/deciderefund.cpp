#include "deciderefund.h"

#include "fieldvalidators.h"

FieldErrors DecideRefund::validate() const
{
    FieldErrors errors;
    if (!approve) {
        if (const auto error = FieldValidators::requiredText(declineReason, 500))
            errors.append({QStringLiteral("decline_reason"), *error});
    }
    return errors;
}

QJsonObject DecideRefund::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("refundId"), refundId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("approve"), approve);
    if (!approve)
        json.insert(QStringLiteral("declineReason"), declineReason);
    return json;
}

DecideRefund DecideRefund::fromJson(const QJsonObject& json)
{
    DecideRefund command;
    command.header = CommandHeader::fromJson(json);
    command.refundId = json.value(QStringLiteral("refundId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.approve = json.value(QStringLiteral("approve")).toBool();
    command.declineReason = json.value(QStringLiteral("declineReason")).toString();
    return command;
}
