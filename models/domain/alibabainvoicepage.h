#pragma once

#include "marketplaceinvoice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

/// One page of DescribeInvoiceForIsv read from its JSON: Count and PageNumber arrive as strings,
/// Price as yuan text, times as "yyyy-MM-dd HH:mm:ss" in China time.
struct AlibabaInvoicePage
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaInvoicePage)
public:
    qint64 count = 0; ///< requests matching the query on all pages
    int pageNumber = 0;
    QList<MarketplaceInvoice> invoices;
    /// Translated; non-empty when an item could not be read (its ID and field named). The items
    /// that could be read are still in `invoices`.
    QStringList problems;

    static AlibabaInvoicePage parse(const QJsonObject& response);
    /// A time of the API ("2024-03-01 09:30:00", China time) as UTC; invalid when malformed.
    static QDateTime parseTime(const QString& text);
    /// `utc` written the API's way, in China time.
    static QString formatTime(const QDateTime& utc);
    /// The exact amount of a yuan text such as "128.50"; nothing for a negative or malformed text.
    static std::optional<Money> parseYuan(const QString& text);
};
