#pragma once

#include "importbadline.h"
#include "saveinvoicetitle.h"
#include "savemailingaddress.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/// Buyers' invoice titles and mailing addresses as data entry keeps them in a spreadsheet, one
/// line per buyer: 客户ID, then a title (抬头类型, 发票抬头, 纳税人识别号, 开户银行, 银行账号, 注册地址,
/// 注册电话), an address (收件人, 收件电话, 省份, 城市, 详细地址, 邮编, 默认地址) or both. Columns come in
/// any order and may be missing when no line uses them; the English names of the columns are read
/// too. Read as CsvDocument reads (UTF-8 with or without BOM, UTF-16, GBK).
class BuyerRecordFile
{
    Q_DECLARE_TR_FUNCTIONS(BuyerRecordFile)
public:
    enum Column {
        CustomerNo,
        TitleKind,
        Title,
        TaxpayerId,
        Bank,
        Account,
        RegisteredAddress,
        RegisteredPhone,
        Recipient,
        Phone,
        Province,
        City,
        Address,
        Postcode,
        DefaultAddress,
        ColumnCount
    };

    struct Row
    {
        int line = 0;
        QString customerNo;
        /// Checked; header, buyer and title ids are left for the importer.
        std::optional<SaveInvoiceTitle> title;
        /// Checked; header, buyer and address ids are left for the importer.
        std::optional<SaveMailingAddress> address;
        QStringList fields; ///< as read
    };
    struct Result
    {
        QList<Row> rows;
        QList<ImportBadLine> badLines;
        QStringList header; ///< the file's header fields
        QString encoding;
        QString error; ///< translated; set when the file as a whole cannot be read
    };

    /// The Chinese header of a column, as a template file has it.
    static QString headerName(Column column);
    /// The English header of a column, also accepted.
    static QString englishHeaderName(Column column);
    static Result parse(const QByteArray& bytes);

private:
    /// Reads one record; returns the reason when the line is bad.
    static std::optional<QString> readRow(const QStringList& values, Row* row);
};
