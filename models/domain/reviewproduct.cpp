#include "reviewproduct.h"

FieldErrors ReviewProduct::validate(int untickedItems) const
{
    FieldErrors errors;
    const QString trimmed = reason.trimmed();
    if (trimmed.size() > maximumReasonLength)
        errors.append({QStringLiteral("reason"),
                       tr("The reason may have at most %1 characters.").arg(maximumReasonLength)});
    else if (action == ProductAction::Reject && trimmed.isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say why the product is rejected; the vendor sees it.")});
    else if (action == ProductAction::Delist && trimmed.isEmpty() && reasonCode.isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say why the product is taken off sale.")});
    if (action == ProductAction::Approve && untickedItems > 0)
        errors.append({QStringLiteral("checklist"),
                       tr("%n checklist item(s) are not ticked. A product is listed only when every "
                          "item is.",
                          nullptr, untickedItems)});
    return errors;
}

QJsonObject ReviewProduct::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("productId"), productId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    json.insert(QStringLiteral("reason"), reason);
    if (!reasonCode.isEmpty())
        json.insert(QStringLiteral("reasonCode"), reasonCode);
    return json;
}

ReviewProduct ReviewProduct::fromJson(const QJsonObject& json)
{
    ReviewProduct command;
    command.header = CommandHeader::fromJson(json);
    command.productId = json.value(QStringLiteral("productId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<ProductAction>(json.value(QStringLiteral("action")).toString())
                         .value_or(ProductAction::Submit);
    command.reason = json.value(QStringLiteral("reason")).toString();
    command.reasonCode = json.value(QStringLiteral("reasonCode")).toString();
    return command;
}
