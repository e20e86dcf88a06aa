#include "recordmaterialchange.h"

#include "materialchangerule.h"

FieldErrors RecordMaterialChange::validate() const
{
    FieldErrors errors;
    const QDate today = MaterialChangeRule::chinaDate(header.at);
    if (!effectiveOn.isValid())
        errors.append({QStringLiteral("effective_on"), tr("Enter the date the change took effect.")});
    if (reportedOn.isValid() && reportedOn > today)
        errors.append({QStringLiteral("reported_on"), tr("The report cannot come in the future.")});
    const QString newValue = after.trimmed();
    if (newValue.isEmpty())
        errors.append({QStringLiteral("after"), tr("Enter what it is now.")});
    else if (newValue.size() > maximumValueLength)
        errors.append({QStringLiteral("after"), tr("At most %1 characters.").arg(maximumValueLength)});
    else if (newValue == before.trimmed())
        errors.append({QStringLiteral("after"), tr("This is what it was before; nothing changed.")});
    if (before.trimmed().size() > maximumValueLength)
        errors.append({QStringLiteral("before"), tr("At most %1 characters.").arg(maximumValueLength)});
    if (note.trimmed().size() > maximumNoteLength)
        errors.append({QStringLiteral("note"), tr("At most %1 characters.").arg(maximumNoteLength)});
    return errors;
}

QJsonObject RecordMaterialChange::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("changeId"), changeId);
    json.insert(QStringLiteral("vendorId"), vendorId.toString());
    json.insert(QStringLiteral("kind"), enumKey(kind));
    json.insert(QStringLiteral("effectiveOn"), effectiveOn.toString(Qt::ISODate));
    if (reportedOn.isValid())
        json.insert(QStringLiteral("reportedOn"), reportedOn.toString(Qt::ISODate));
    json.insert(QStringLiteral("before"), before);
    json.insert(QStringLiteral("after"), after);
    json.insert(QStringLiteral("note"), note);
    return json;
}

RecordMaterialChange RecordMaterialChange::fromJson(const QJsonObject& json)
{
    RecordMaterialChange command;
    command.header = CommandHeader::fromJson(json);
    command.changeId = json.value(QStringLiteral("changeId")).toString();
    command.vendorId = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    command.kind = enumFromKey<MaterialChangeKind>(json.value(QStringLiteral("kind")).toString())
                       .value_or(MaterialChangeKind::Other);
    command.effectiveOn
        = QDate::fromString(json.value(QStringLiteral("effectiveOn")).toString(), Qt::ISODate);
    command.reportedOn = QDate::fromString(json.value(QStringLiteral("reportedOn")).toString(), Qt::ISODate);
    command.before = json.value(QStringLiteral("before")).toString();
    command.after = json.value(QStringLiteral("after")).toString();
    command.note = json.value(QStringLiteral("note")).toString();
    return command;
}
