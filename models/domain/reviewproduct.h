#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "productworkflow.h"

#include <QCoreApplication>
#include <QJsonObject>

/// A move of a product seen at `baseVersion` in listing review (SPEC 3.1): the vendor submits it,
/// the reviewer lists it or rejects it with a reason, or delists a listed one with a reason.
struct ReviewProduct
{
    Q_DECLARE_TR_FUNCTIONS(ReviewProduct)
public:
    static constexpr const char* name = "product.review";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumReasonLength = 500;

    CommandHeader header;
    QString productId;
    int baseVersion = 0;
    ProductAction action = ProductAction::Submit;
    QString reason; ///< why it is rejected or delisted
    /// Why MarketDesk delists it by its rules (SystemReason), in place of a person's reason.
    QString reasonCode;

    /// A rejection and a delisting need a reason; listing needs every checklist item ticked.
    FieldErrors validate(int untickedItems) const;
    QJsonObject toJson() const;
    static ReviewProduct fromJson(const QJsonObject& json);
};
