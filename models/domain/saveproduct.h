#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "money.h"
#include "orderenums.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Creates a product as a draft (`baseVersion` 0) or changes one seen at `baseVersion` (SPEC 3.1).
/// Changing a listed software or tool product sends it back to review without its security review.
struct SaveProduct
{
    Q_DECLARE_TR_FUNCTIONS(SaveProduct)
public:
    static constexpr const char* name = "product.save";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumNameLength = 100;
    static constexpr int maximumDescriptionLength = 5000;
    static constexpr int maximumWarrantyDays = 3650;

    CommandHeader header;
    QString productId;
    int baseVersion = 0;
    QString vendorId; ///< fixed once created
    QString marketId;
    QString productName;
    DeliveryType deliveryType = DeliveryType::Application;
    Money price;
    int warrantyDays = 0;
    QString description;

    /// Field keys: name, vendor, market, price, warranty_days, description.
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveProduct fromJson(const QJsonObject& json);
};
