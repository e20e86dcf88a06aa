#pragma once

#include "commandheader.h"

#include <QJsonObject>

/// A VAT special request becomes a normal one because the vendor cannot issue special invoices and
/// the buyer agreed (SPEC 5.3); `buyerConsent` records how the buyer agreed.
struct SwitchInvoiceToNormal
{
    static constexpr const char* name = "invoice.switch_to_normal";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString requestId;
    int baseVersion = 0;
    QString buyerConsent;

    QJsonObject toJson() const;
    static SwitchInvoiceToNormal fromJson(const QJsonObject& json);
};
