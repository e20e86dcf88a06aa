#include "savemailingaddress.h"

#include "fieldvalidators.h"

FieldErrors SaveMailingAddress::validate() const
{
    FieldErrors errors;
    const auto check = [&errors](const char* field, const std::optional<QString>& error) {
        if (error)
            errors.append({QLatin1String(field), *error});
    };
    check("recipient", FieldValidators::requiredText(recipient, 50));
    check("phone", FieldValidators::phone(phone));
    check("province", FieldValidators::requiredText(province, 20));
    check("city", FieldValidators::requiredText(city, 30));
    check("address", FieldValidators::requiredText(address, 200));
    check("postcode", FieldValidators::postcode(postcode));
    return errors;
}

QJsonObject SaveMailingAddress::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("buyerId"), buyerId);
    json.insert(QStringLiteral("addressId"), addressId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("recipient"), recipient);
    json.insert(QStringLiteral("phone"), phone);
    json.insert(QStringLiteral("province"), province);
    json.insert(QStringLiteral("city"), city);
    json.insert(QStringLiteral("address"), address);
    json.insert(QStringLiteral("postcode"), postcode);
    json.insert(QStringLiteral("isDefault"), isDefault);
    return json;
}

SaveMailingAddress SaveMailingAddress::fromJson(const QJsonObject& json)
{
    SaveMailingAddress command;
    command.header = CommandHeader::fromJson(json);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.buyerId = get("buyerId");
    command.addressId = get("addressId");
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.recipient = get("recipient");
    command.phone = get("phone");
    command.province = get("province");
    command.city = get("city");
    command.address = get("address");
    command.postcode = get("postcode");
    command.isDefault = json.value(QStringLiteral("isDefault")).toBool();
    return command;
}
