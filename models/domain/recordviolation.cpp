#include "recordviolation.h"

#include <QJsonArray>

FieldErrors RecordViolation::validate() const
{
    FieldErrors errors;
    if (violationTypeId.isEmpty())
        errors.append({QStringLiteral("type"), tr("Choose the type of violation.")});
    if (!occurredOn.isValid())
        errors.append({QStringLiteral("occurred_on"), tr("Enter the date the violation occurred.")});
    else if (occurredOn > header.at.toUTC().addDays(1).date())
        errors.append(
            {QStringLiteral("occurred_on"), tr("The violation cannot have occurred in the future.")});
    const QString trimmed = description.trimmed();
    if (trimmed.isEmpty())
        errors.append({QStringLiteral("description"), tr("Describe what happened.")});
    else if (trimmed.size() > maximumDescriptionLength)
        errors.append({QStringLiteral("description"),
                       tr("The description may have at most %1 characters.").arg(maximumDescriptionLength)});
    for (const AttachedFile& file : evidence) {
        if (file.content.size() > maximumFileSize)
            errors.append({QStringLiteral("evidence"), tr("%1 is larger than 20 MB.").arg(file.fileName)});
    }
    return errors;
}

QJsonObject RecordViolation::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("violationId"), violationId);
    json.insert(QStringLiteral("vendorId"), vendorId.toString());
    json.insert(QStringLiteral("violationTypeId"), violationTypeId);
    json.insert(QStringLiteral("occurredOn"), occurredOn.toString(Qt::ISODate));
    json.insert(QStringLiteral("description"), description);
    QJsonArray files;
    for (const AttachedFile& file : evidence)
        files.append(QJsonObject {{QStringLiteral("fileName"), file.fileName},
                                  {QStringLiteral("size"), QString::number(file.content.size())}});
    if (!files.isEmpty())
        json.insert(QStringLiteral("evidence"), files);
    return json;
}

RecordViolation RecordViolation::fromJson(const QJsonObject& json)
{
    RecordViolation command;
    command.header = CommandHeader::fromJson(json);
    command.violationId = json.value(QStringLiteral("violationId")).toString();
    command.vendorId = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    command.violationTypeId = json.value(QStringLiteral("violationTypeId")).toString();
    command.occurredOn = QDate::fromString(json.value(QStringLiteral("occurredOn")).toString(), Qt::ISODate);
    command.description = json.value(QStringLiteral("description")).toString();
    for (const auto& file : json.value(QStringLiteral("evidence")).toArray())
        command.evidence.append({file.toObject().value(QStringLiteral("fileName")).toString(), {}});
    return command;
}
