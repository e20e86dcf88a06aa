#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Adds (baseVersion 0) or corrects one of a buyer's mailing addresses for paper invoices. The
/// default address is the one the request dialog offers first; making one default unmarks the
/// others.
struct SaveMailingAddress
{
    Q_DECLARE_TR_FUNCTIONS(SaveMailingAddress)
public:
    static constexpr const char* name = "buyer.save_address";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString buyerId;
    QString addressId; ///< UUID; a new one for a new address
    int baseVersion = 0;
    QString recipient;
    QString phone;
    QString province;
    QString city;
    QString address;
    QString postcode;
    bool isDefault = false;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveMailingAddress fromJson(const QJsonObject& json);
};
