#pragma once

#include "commandheader.h"
#include "invoiceenums.h"
#include "money.h"

#include <QJsonObject>
#include <QStringList>

/// A buyer's invoice request typed in by staff: the orders it covers, the amount, type and medium,
/// and where the invoice goes (a mailing address for paper, an e-mail address otherwise). The
/// title is the buyer's valid title at the time of the request.
struct CreateInvoiceRequest
{
    static constexpr const char* name = "invoice.create";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString requestId; ///< UUID chosen by the caller, so an offline entry never collides
    QString buyerId;
    QString vendorId;
    QStringList orderIds;
    Money amount;
    InvoiceType type = InvoiceType::VatNormal;
    InvoiceMedium medium = InvoiceMedium::Paper;
    QString addressId; ///< paper invoices
    QString email; ///< electronic and 数电 invoices
    bool cashOnDelivery = false; ///< the buyer agreed to pay the courier (amounts up to the limit)

    QJsonObject toJson() const;
    static CreateInvoiceRequest fromJson(const QJsonObject& json);
};
