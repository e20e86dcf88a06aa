#pragma once

#include "commandheader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// Issues many requests at once (consecutive numbers, or the tax software's results): all of them
/// or none. Paper requests bring courier and tracking number, electronic and 数电 requests their
/// e-mail address and invoice file.
struct IssueInvoiceBatch
{
    static constexpr const char* name = "invoice.issue_batch";
    static constexpr int schemaVersion = 2; ///< 2 added email and fileName

    struct Item
    {
        QString requestId;
        int baseVersion = 0;
        QString invoiceNo;
        QString courier; ///< empty with trackingNo for electronic and 数电 requests
        QString trackingNo;
        QString email; ///< empty with the file for paper requests
        QString fileName;
        QByteArray fileContent; ///< not part of the JSON: the file is stored with the request
    };

    CommandHeader header;
    QList<Item> items;

    QJsonObject toJson() const;
    static IssueInvoiceBatch fromJson(const QJsonObject& json);
    /// `count` numbers counting up from `first`, keeping its width ("00000099" → "00000100").
    /// Empty when `first` is not all digits or the numbers would need more digits.
    static QStringList consecutiveNumbers(const QString& first, int count);
};
