#include "saveproduct.h"

FieldErrors SaveProduct::validate() const
{
    FieldErrors errors;
    const QString trimmedName = productName.trimmed();
    if (trimmedName.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the product's name.")});
    else if (trimmedName.size() > maximumNameLength)
        errors.append(
            {QStringLiteral("name"), tr("The name may have at most %1 characters.").arg(maximumNameLength)});
    if (vendorId.isEmpty())
        errors.append({QStringLiteral("vendor"), tr("Choose the vendor that sells the product.")});
    if (marketId.isEmpty())
        errors.append({QStringLiteral("market"), tr("Choose the market the product is listed in.")});
    if (price < Money())
        errors.append({QStringLiteral("price"), tr("The price cannot be negative.")});
    if (warrantyDays < 0 || warrantyDays > maximumWarrantyDays)
        errors.append({QStringLiteral("warranty_days"),
                       tr("The warranty is between 0 and %1 days.").arg(maximumWarrantyDays)});
    if (description.trimmed().size() > maximumDescriptionLength)
        errors.append({QStringLiteral("description"),
                       tr("The description may have at most %1 characters.").arg(maximumDescriptionLength)});
    return errors;
}

QJsonObject SaveProduct::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("productId"), productId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("vendorId"), vendorId);
    json.insert(QStringLiteral("marketId"), marketId);
    json.insert(QStringLiteral("name"), productName);
    json.insert(QStringLiteral("deliveryType"), enumKey(deliveryType));
    json.insert(QStringLiteral("priceFen"), QString::number(price.fen()));
    json.insert(QStringLiteral("warrantyDays"), warrantyDays);
    json.insert(QStringLiteral("description"), description);
    return json;
}

SaveProduct SaveProduct::fromJson(const QJsonObject& json)
{
    SaveProduct command;
    command.header = CommandHeader::fromJson(json);
    command.productId = json.value(QStringLiteral("productId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.vendorId = json.value(QStringLiteral("vendorId")).toString();
    command.marketId = json.value(QStringLiteral("marketId")).toString();
    command.productName = json.value(QStringLiteral("name")).toString();
    command.deliveryType = enumFromKey<DeliveryType>(json.value(QStringLiteral("deliveryType")).toString())
                               .value_or(DeliveryType::Application);
    command.price = Money::fromFen(json.value(QStringLiteral("priceFen")).toString().toLongLong());
    command.warrantyDays = json.value(QStringLiteral("warrantyDays")).toInt();
    command.description = json.value(QStringLiteral("description")).toString();
    return command;
}
