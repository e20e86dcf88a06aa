#pragma once

#include "csvdocument.h"
#include "importbadline.h"
#include "invoiceenums.h"
#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

/// The vendor console's invoice list export (发票列表导出): a CSV with the Chinese headers 订单ID,
/// 客户ID, 联系方式, 发票编号, 发票金额, 发票类型, 发票状态, 申请时间, 开票时间 in any order (other
/// columns are ignored). Times are China Standard Time in the file and UTC here.
class ConsoleInvoiceExport
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleInvoiceExport)
public:
    enum Column {
        OrderNo,
        CustomerNo,
        ContactPhone,
        InvoiceNo,
        Amount,
        Type,
        Status,
        AppliedAt,
        InvoicedAt,
        ColumnCount
    };

    struct Row
    {
        int line = 0;
        QString orderNo;
        QString customerNo;
        QString contactPhone;
        QString invoiceNo;
        Money amount;
        InvoiceType type = InvoiceType::VatNormal;
        InvoiceMedium medium = InvoiceMedium::Paper;
        InvoiceStatus status = InvoiceStatus::Pending;
        QDateTime appliedAt;
        QDateTime invoicedAt; ///< null when the file has none
    };
    using BadLine = ImportBadLine;
    struct Result
    {
        QList<Row> rows;
        QList<BadLine> badLines;
        QStringList header; ///< the file's header fields
        QString encoding;
        QString error; ///< translated; set when the file as a whole cannot be read
    };

    /// The header text of a column, as the console writes it.
    static QString headerName(Column column);
    static Result parse(const QByteArray& bytes);
    /// Reads one record of an already split file against `columnIndexes` (file field index per
    /// Column); returns the reason when the line is bad.
    static std::optional<QString> readRow(const CsvDocument::Record& record, const QList<int>& columnIndexes,
                                          Row* row);
    /// A console time "2026-11-23 10:05:00" (also with '/' or without seconds), China time.
    static std::optional<QDateTime> parseTime(const QString& text);
    /// The longest field accepted, in characters.
    static constexpr int maximumFieldLength = 1000;
};
