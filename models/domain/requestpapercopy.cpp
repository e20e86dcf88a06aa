#include "requestpapercopy.h"

#include "contractrules.h"
#include "fieldvalidators.h"

FieldErrors RequestPaperCopy::validate() const
{
    FieldErrors errors;
    const auto check = [&errors](const char* field, const std::optional<QString>& error) {
        if (error)
            errors.append({QLatin1String(field), *error});
    };
    if (copies < 1 || copies > ContractRules::maximumPaperCopies)
        errors.append({QStringLiteral("copies"),
                       tr("Ask for 1 or %1 paper copies.").arg(ContractRules::maximumPaperCopies)});
    check("recipient", FieldValidators::requiredText(recipient, 50));
    check("phone", FieldValidators::phone(phone));
    check("address", FieldValidators::requiredText(address, 200));
    check("postcode", FieldValidators::postcode(postcode));
    return errors;
}

QJsonObject RequestPaperCopy::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("contractId"), contractId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("copies"), copies);
    json.insert(QStringLiteral("recipient"), recipient);
    json.insert(QStringLiteral("phone"), phone);
    json.insert(QStringLiteral("address"), address);
    json.insert(QStringLiteral("postcode"), postcode);
    return json;
}

RequestPaperCopy RequestPaperCopy::fromJson(const QJsonObject& json)
{
    RequestPaperCopy command;
    command.header = CommandHeader::fromJson(json);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.contractId = get("contractId");
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.copies = json.value(QStringLiteral("copies")).toInt();
    command.recipient = get("recipient");
    command.phone = get("phone");
    command.address = get("address");
    command.postcode = get("postcode");
    return command;
}
