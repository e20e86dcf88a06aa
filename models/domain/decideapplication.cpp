#include "decideapplication.h"

FieldErrors DecideApplication::validate(int untickedItems) const
{
    FieldErrors errors;
    const QString trimmed = reason.trimmed();
    if (trimmed.size() > maximumReasonLength)
        errors.append({QStringLiteral("reason"),
                       tr("The reason may have at most %1 characters.").arg(maximumReasonLength)});
    else if (action == ApplicationAction::Reject && trimmed.isEmpty())
        errors.append(
            {QStringLiteral("reason"), tr("Say why the application is rejected; the applicant sees it.")});
    else if (action == ApplicationAction::Approve && untickedItems > 0 && trimmed.isEmpty())
        errors.append(
            {QStringLiteral("reason"),
             tr("%n checklist item(s) are not ticked. Approving anyway needs the reason for the override.",
                nullptr, untickedItems)});
    if (action == ApplicationAction::Approve && vendorId.isNull())
        errors.append({QStringLiteral("vendor"), tr("An approval needs the id of the vendor it creates.")});
    return errors;
}

QJsonObject DecideApplication::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("applicationId"), applicationId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    json.insert(QStringLiteral("reason"), reason);
    if (!vendorId.isNull())
        json.insert(QStringLiteral("vendorId"), vendorId.toString());
    return json;
}

DecideApplication DecideApplication::fromJson(const QJsonObject& json)
{
    DecideApplication command;
    command.header = CommandHeader::fromJson(json);
    command.applicationId = json.value(QStringLiteral("applicationId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<ApplicationAction>(json.value(QStringLiteral("action")).toString())
                         .value_or(ApplicationAction::StartReview);
    command.reason = json.value(QStringLiteral("reason")).toString();
    command.vendorId = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    return command;
}
