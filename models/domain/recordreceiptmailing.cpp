#include "recordreceiptmailing.h"

#include "fieldvalidators.h"

FieldErrors RecordReceiptMailing::validate() const
{
    FieldErrors errors;
    if (auto error = FieldValidators::requiredText(courier, 30))
        errors.append({QStringLiteral("courier"), *error});
    if (auto error = FieldValidators::trackingNumber(trackingNo))
        errors.append({QStringLiteral("trackingNo"), *error});
    return errors;
}

QJsonObject RecordReceiptMailing::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("entryId"), entryId);
    json.insert(QStringLiteral("courier"), courier);
    json.insert(QStringLiteral("trackingNo"), trackingNo);
    return json;
}

RecordReceiptMailing RecordReceiptMailing::fromJson(const QJsonObject& json)
{
    RecordReceiptMailing command;
    command.header = CommandHeader::fromJson(json);
    command.entryId = json.value(QStringLiteral("entryId")).toString();
    command.courier = json.value(QStringLiteral("courier")).toString();
    command.trackingNo = json.value(QStringLiteral("trackingNo")).toString();
    return command;
}
