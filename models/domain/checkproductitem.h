#pragma once

#include "commandheader.h"
#include "orderenums.h"

#include <QJsonObject>

/// Ticks (or unticks) one item of the listing checklist of a product under review, with the
/// reviewer's note (SPEC 3.1).
struct CheckProductItem
{
    static constexpr const char* name = "product.check_item";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString productId;
    ListingCheck item = ListingCheck::DepositPaid;
    bool ticked = false;
    QString note;

    QJsonObject toJson() const;
    static CheckProductItem fromJson(const QJsonObject& json);
};
