#include "movedelivery.h"

#include <QJsonArray>

FieldErrors MoveDelivery::validate() const
{
    FieldErrors errors;
    const QString trimmed = text.trimmed();
    if (DeliveryWorkflow::needsText(action) && trimmed.isEmpty())
        errors.append({QStringLiteral("text"), tr("Describe the step: this step needs a text.")});
    else if (trimmed.size() > maximumTextLength)
        errors.append(
            {QStringLiteral("text"), tr("The text may have at most %1 characters.").arg(maximumTextLength)});
    if (attachments.size() > maximumAttachments)
        errors.append({QStringLiteral("attachments"),
                       tr("A step may carry at most %1 files.").arg(maximumAttachments)});
    for (const DeliveryAttachment& attachment : attachments) {
        if (attachment.fileName.trimmed().isEmpty())
            errors.append({QStringLiteral("attachments"), tr("Every file needs a name.")});
        else if (attachment.content.size() > maximumFileSize)
            errors.append(
                {QStringLiteral("attachments"), tr("%1 is larger than 20 MB.").arg(attachment.fileName)});
    }
    return errors;
}

QJsonObject MoveDelivery::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("deliveryId"), deliveryId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    json.insert(QStringLiteral("actor"), enumKey(actor));
    json.insert(QStringLiteral("text"), text);
    QJsonArray files;
    for (const DeliveryAttachment& attachment : attachments)
        files.append(QJsonObject {{QStringLiteral("fileName"), attachment.fileName},
                                  {QStringLiteral("size"), QString::number(attachment.content.size())}});
    if (!files.isEmpty())
        json.insert(QStringLiteral("attachments"), files);
    return json;
}

MoveDelivery MoveDelivery::fromJson(const QJsonObject& json)
{
    MoveDelivery command;
    command.header = CommandHeader::fromJson(json);
    command.deliveryId = json.value(QStringLiteral("deliveryId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<DeliveryAction>(json.value(QStringLiteral("action")).toString())
                         .value_or(DeliveryAction::SubmitRequirement);
    command.actor = enumFromKey<DeliveryActor>(json.value(QStringLiteral("actor")).toString())
                        .value_or(DeliveryActor::Vendor);
    command.text = json.value(QStringLiteral("text")).toString();
    for (const auto& file : json.value(QStringLiteral("attachments")).toArray())
        command.attachments.append({file.toObject().value(QStringLiteral("fileName")).toString(), {}});
    return command;
}
