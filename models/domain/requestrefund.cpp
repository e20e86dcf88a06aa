#include "requestrefund.h"

#include <QLocale>

FieldErrors RequestRefund::validate(const RefundPolicy& policy) const
{
    FieldErrors errors;
    if (policy.kind == RefundPolicy::Kind::Unavailable) {
        errors.append({QStringLiteral("order"), policy.explanation});
        return errors;
    }
    if (!policy.reasons().contains(reason))
        errors.append({QStringLiteral("reason"), tr("Choose one of the reasons offered for this order.")});
    const QString trimmed = text.trimmed();
    if (reason == RefundReason::Other && trimmed.isEmpty())
        errors.append({QStringLiteral("text"), tr("Say why the buyer asks for the refund.")});
    else if (trimmed.size() > maximumTextLength)
        errors.append(
            {QStringLiteral("text"), tr("The text may have at most %1 characters.").arg(maximumTextLength)});
    if (policy.kind == RefundPolicy::Kind::FullRefund && amount != policy.maximum)
        errors.append(
            {QStringLiteral("amount"),
             tr("Within the guarantee the refund is the full %1.").arg(policy.maximum.format(QLocale()))});
    else if (amount.fen() <= 0 || amount > policy.maximum)
        errors.append({QStringLiteral("amount"),
                       tr("Enter an amount between 0.01 and %1.").arg(policy.maximum.format(QLocale()))});
    return errors;
}

QJsonObject RequestRefund::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("refundId"), refundId);
    json.insert(QStringLiteral("orderId"), orderId);
    json.insert(QStringLiteral("reason"), enumKey(reason));
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("amountFen"), QString::number(amount.fen()));
    return json;
}

RequestRefund RequestRefund::fromJson(const QJsonObject& json)
{
    RequestRefund command;
    command.header = CommandHeader::fromJson(json);
    command.refundId = json.value(QStringLiteral("refundId")).toString();
    command.orderId = json.value(QStringLiteral("orderId")).toString();
    command.reason = enumFromKey<RefundReason>(json.value(QStringLiteral("reason")).toString())
                         .value_or(RefundReason::Other);
    command.text = json.value(QStringLiteral("text")).toString();
    command.amount = Money::fromFen(json.value(QStringLiteral("amountFen")).toString().toLongLong());
    return command;
}
