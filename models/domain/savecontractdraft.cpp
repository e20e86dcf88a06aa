#include "savecontractdraft.h"

#include "contractrules.h"
#include "fieldvalidators.h"

#include <QJsonArray>

FieldErrors SaveContractDraft::validate() const
{
    FieldErrors errors;
    // A draft saved while filling in may still be incomplete; what is there must be right. From
    // the text on, everything is needed.
    const bool complete = step != ContractSubState::FillingIn;
    const auto check
        = [&errors, complete](const char* field, const QString& text, const std::optional<QString>& error) {
              if (error && (complete || !text.trimmed().isEmpty()))
                  errors.append({QLatin1String(field), *error});
          };
    if (buyerId.isEmpty())
        errors.append({QStringLiteral("buyer"), tr("Choose the buyer account the contract is with.")});
    if (vendorId.isEmpty())
        errors.append({QStringLiteral("vendor"), tr("Choose the vendor that signs as party B.")});
    if (complete && ContractRules::listsOrders(kind) && orderIds.isEmpty())
        errors.append({QStringLiteral("orders"), tr("Pick at least one order for this contract.")});
    if (!ContractRules::listsOrders(kind) && !orderIds.isEmpty())
        errors.append({QStringLiteral("orders"), tr("A framework contract lists no orders.")});
    check("partyName", partyA.name, FieldValidators::requiredText(partyA.name, 100));
    check("partyAddress", partyA.address, FieldValidators::requiredText(partyA.address, 200));
    check("partyContact", partyA.contact, FieldValidators::requiredText(partyA.contact, 50));
    check("partyPhone", partyA.phone, FieldValidators::phone(partyA.phone));
    check("partyEmail", partyA.email, FieldValidators::email(partyA.email));
    if (complete && !validFrom.isValid())
        errors.append({QStringLiteral("validFrom"), tr("Enter the day the contract starts.")});
    if ((complete && !validUntil.isValid())
        || (validFrom.isValid() && validUntil.isValid() && validUntil < validFrom))
        errors.append(
            {QStringLiteral("validUntil"), tr("The contract must end on or after the day it starts.")});
    if (kind == ContractKind::Filing)
        check("filingProject", filingProject, FieldValidators::requiredText(filingProject, 200));
    if (!ContractWorkflow::isEditable(step))
        errors.append({QStringLiteral("step"),
                       tr("A draft is saved while filling in, confirming the text or "
                          "confirming the signature.")});
    return errors;
}

QJsonObject SaveContractDraft::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("contractId"), contractId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("buyerId"), buyerId);
    json.insert(QStringLiteral("vendorId"), vendorId);
    json.insert(QStringLiteral("kind"), enumKey(kind));
    json.insert(QStringLiteral("seal"), enumKey(seal));
    json.insert(QStringLiteral("orderIds"), QJsonArray::fromStringList(orderIds));
    json.insert(QStringLiteral("partyA"), partyA.toJson());
    json.insert(QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate));
    json.insert(QStringLiteral("validUntil"), validUntil.toString(Qt::ISODate));
    json.insert(QStringLiteral("filingProject"), filingProject);
    json.insert(QStringLiteral("step"), enumKey(step));
    return json;
}

SaveContractDraft SaveContractDraft::fromJson(const QJsonObject& json)
{
    SaveContractDraft command;
    command.header = CommandHeader::fromJson(json);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.contractId = get("contractId");
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.buyerId = get("buyerId");
    command.vendorId = get("vendorId");
    command.kind = enumFromKey<ContractKind>(get("kind")).value_or(ContractKind::Framework);
    command.seal = enumFromKey<SealMethod>(get("seal")).value_or(SealMethod::OneSided);
    for (const auto& id : json.value(QStringLiteral("orderIds")).toArray())
        command.orderIds.append(id.toString());
    command.partyA = PartyADetails::fromJson(json.value(QStringLiteral("partyA")).toObject());
    command.validFrom = QDate::fromString(get("validFrom"), Qt::ISODate);
    command.validUntil = QDate::fromString(get("validUntil"), Qt::ISODate);
    command.filingProject = get("filingProject");
    command.step = enumFromKey<ContractSubState>(get("step")).value_or(ContractSubState::FillingIn);
    return command;
}
