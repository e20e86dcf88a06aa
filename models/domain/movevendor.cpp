#include "movevendor.h"

FieldErrors MoveVendor::validate() const
{
    FieldErrors errors;
    const QList<LeaveReason> reasons = VendorLifecycle::reasonsFor(action);
    if (!reasons.isEmpty() && (!reason || !reasons.contains(*reason)))
        errors.append({QStringLiteral("reason"), tr("Choose why the vendor leaves.")});
    if (reasons.isEmpty() && note.trimmed().isEmpty())
        errors.append({QStringLiteral("note"), tr("Say why the vendor's display is suspended or restored.")});
    if (note.trimmed().size() > maximumNoteLength)
        errors.append(
            {QStringLiteral("note"), tr("The note may have at most %1 characters.").arg(maximumNoteLength)});
    return errors;
}

QJsonObject MoveVendor::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("vendorId"), vendor.toString());
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    if (reason)
        json.insert(QStringLiteral("reason"), enumKey(*reason));
    json.insert(QStringLiteral("note"), note);
    return json;
}

MoveVendor MoveVendor::fromJson(const QJsonObject& json)
{
    MoveVendor command;
    command.header = CommandHeader::fromJson(json);
    command.vendor = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<VendorAction>(json.value(QStringLiteral("action")).toString())
                         .value_or(VendorAction::Suspend);
    command.reason = enumFromKey<LeaveReason>(json.value(QStringLiteral("reason")).toString());
    command.note = json.value(QStringLiteral("note")).toString();
    return command;
}
