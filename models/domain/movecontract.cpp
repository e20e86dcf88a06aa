#include "movecontract.h"

#include "fieldvalidators.h"

bool MoveContract::isMoveAction(ContractAction action)
{
    switch (action) {
    case ContractAction::SubmitDetails:
    case ContractAction::ReviseDetails:
    case ContractAction::ConfirmText:
    case ContractAction::RequestPaperCopy:
        return false;
    default:
        return true;
    }
}

FieldErrors MoveContract::validate() const
{
    FieldErrors errors;
    if (!isMoveAction(action))
        errors.append({QStringLiteral("action"),
                       tr("This step is taken in the contract wizard or the paper-copy request.")});
    const QString trimmedReason = reason.trimmed();
    if (ContractWorkflow::needsReason(action) && trimmedReason.isEmpty())
        errors.append({QStringLiteral("reason"), tr("Give a reason for this step.")});
    else if (trimmedReason.size() > maximumReasonLength)
        errors.append({QStringLiteral("reason"),
                       tr("The reason may have at most %1 characters.").arg(maximumReasonLength)});
    if (action == ContractAction::RecordPaperMailing) {
        if (const auto error = FieldValidators::requiredText(courier, 50))
            errors.append({QStringLiteral("courier"), *error});
        if (const auto error = FieldValidators::trackingNumber(trackingNo))
            errors.append({QStringLiteral("trackingNo"), *error});
    }
    return errors;
}

QJsonObject MoveContract::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("contractId"), contractId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    if (action == ContractAction::RecordPaperMailing) {
        json.insert(QStringLiteral("courier"), courier);
        json.insert(QStringLiteral("trackingNo"), trackingNo);
    }
    return json;
}

MoveContract MoveContract::fromJson(const QJsonObject& json)
{
    MoveContract command;
    command.header = CommandHeader::fromJson(json);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.contractId = get("contractId");
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<ContractAction>(get("action")).value_or(ContractAction::ConfirmSignature);
    command.reason = get("reason");
    command.courier = get("courier");
    command.trackingNo = get("trackingNo");
    return command;
}
