#include "createinvoicerequest.h"

#include <QJsonArray>

QJsonObject CreateInvoiceRequest::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("requestId"), requestId);
    json.insert(QStringLiteral("buyerId"), buyerId);
    json.insert(QStringLiteral("vendorId"), vendorId);
    json.insert(QStringLiteral("orderIds"), QJsonArray::fromStringList(orderIds));
    json.insert(QStringLiteral("amountFen"), QString::number(amount.fen()));
    json.insert(QStringLiteral("type"), enumKey(type));
    json.insert(QStringLiteral("medium"), enumKey(medium));
    json.insert(QStringLiteral("addressId"), addressId);
    json.insert(QStringLiteral("email"), email);
    json.insert(QStringLiteral("cashOnDelivery"), cashOnDelivery);
    return json;
}

CreateInvoiceRequest CreateInvoiceRequest::fromJson(const QJsonObject& json)
{
    CreateInvoiceRequest command;
    command.header = CommandHeader::fromJson(json);
    command.requestId = json.value(QStringLiteral("requestId")).toString();
    command.buyerId = json.value(QStringLiteral("buyerId")).toString();
    command.vendorId = json.value(QStringLiteral("vendorId")).toString();
    for (const auto& id : json.value(QStringLiteral("orderIds")).toArray())
        command.orderIds << id.toString();
    command.amount = Money::fromFen(json.value(QStringLiteral("amountFen")).toString().toLongLong());
    command.type = enumFromKey<InvoiceType>(json.value(QStringLiteral("type")).toString())
                       .value_or(InvoiceType::VatNormal);
    command.medium = enumFromKey<InvoiceMedium>(json.value(QStringLiteral("medium")).toString())
                         .value_or(InvoiceMedium::Paper);
    command.addressId = json.value(QStringLiteral("addressId")).toString();
    command.email = json.value(QStringLiteral("email")).toString();
    command.cashOnDelivery = json.value(QStringLiteral("cashOnDelivery")).toBool();
    return command;
}
