#include "checkproductitem.h"

QJsonObject CheckProductItem::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("productId"), productId);
    json.insert(QStringLiteral("item"), enumKey(item));
    json.insert(QStringLiteral("ticked"), ticked);
    json.insert(QStringLiteral("note"), note);
    return json;
}

CheckProductItem CheckProductItem::fromJson(const QJsonObject& json)
{
    CheckProductItem command;
    command.header = CommandHeader::fromJson(json);
    command.productId = json.value(QStringLiteral("productId")).toString();
    command.item = enumFromKey<ListingCheck>(json.value(QStringLiteral("item")).toString())
                       .value_or(ListingCheck::DepositPaid);
    command.ticked = json.value(QStringLiteral("ticked")).toBool();
    command.note = json.value(QStringLiteral("note")).toString();
    return command;
}
