#include "updatevendorcontact.h"

QJsonObject UpdateVendorContact::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("vendorId"), vendor.toString());
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("contactPerson"), contactPerson);
    json.insert(QStringLiteral("phone"), phone);
    json.insert(QStringLiteral("email"), email);
    return json;
}

UpdateVendorContact UpdateVendorContact::fromJson(const QJsonObject& json)
{
    UpdateVendorContact command;
    command.header = CommandHeader::fromJson(json);
    command.vendor = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.contactPerson = json.value(QStringLiteral("contactPerson")).toString();
    command.phone = json.value(QStringLiteral("phone")).toString();
    command.email = json.value(QStringLiteral("email")).toString();
    return command;
}
