#include "buyerrecordfile.h"

#include "csvdocument.h"

#include <QHash>

#include <algorithm>

namespace {

using Column = BuyerRecordFile::Column;

std::optional<TitleKind> titleKindFromText(const QString& text)
{
    static const QHash<QString, TitleKind> kinds {
        {QStringLiteral("企业"), TitleKind::Enterprise},
        {QStringLiteral("enterprise"), TitleKind::Enterprise},
        {QStringLiteral("个人"), TitleKind::Personal},
        {QStringLiteral("personal"), TitleKind::Personal},
        {QStringLiteral("组织"), TitleKind::Organisation},
        {QStringLiteral("事业单位"), TitleKind::Organisation},
        {QStringLiteral("organisation"), TitleKind::Organisation},
        {QStringLiteral("organization"), TitleKind::Organisation},
    };
    const auto found = kinds.constFind(text.trimmed().toLower());
    return found == kinds.constEnd() ? std::nullopt : std::optional<TitleKind>(*found);
}

std::optional<bool> yesNoFromText(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QStringLiteral("否") || value == QStringLiteral("no")
        || value == QStringLiteral("0"))
        return false;
    if (value == QStringLiteral("是") || value == QStringLiteral("yes") || value == QStringLiteral("1"))
        return true;
    return std::nullopt;
}

/// The file column a command's field key comes from, to name it in a reason.
Column columnOfField(const QString& field, bool address)
{
    static const QHash<QString, Column> titleFields {
        {QStringLiteral("title"), Column::Title},
        {QStringLiteral("taxpayer_id"), Column::TaxpayerId},
        {QStringLiteral("bank"), Column::Bank},
        {QStringLiteral("account"), Column::Account},
        {QStringLiteral("registered_address"), Column::RegisteredAddress},
        {QStringLiteral("registered_phone"), Column::RegisteredPhone},
    };
    static const QHash<QString, Column> addressFields {
        {QStringLiteral("recipient"), Column::Recipient}, {QStringLiteral("phone"), Column::Phone},
        {QStringLiteral("province"), Column::Province},   {QStringLiteral("city"), Column::City},
        {QStringLiteral("address"), Column::Address},     {QStringLiteral("postcode"), Column::Postcode},
    };
    return (address ? addressFields : titleFields).value(field, Column::CustomerNo);
}

QString reasonOf(const FieldErrors& errors, bool address)
{
    QStringList reasons;
    for (const FieldError& error : errors)
        reasons << QStringLiteral("%1: %2").arg(
            BuyerRecordFile::headerName(columnOfField(error.field, address)), error.message);
    return reasons.join(QStringLiteral("; "));
}

bool anyFilled(const QStringList& values, std::initializer_list<Column> columns)
{
    return std::any_of(columns.begin(), columns.end(),
                       [&values](Column column) { return !values.at(column).isEmpty(); });
}

} // namespace

QString BuyerRecordFile::headerName(Column column)
{
    static const QStringList names {
        QStringLiteral("客户ID"),       QStringLiteral("抬头类型"), QStringLiteral("发票抬头"),
        QStringLiteral("纳税人识别号"), QStringLiteral("开户银行"), QStringLiteral("银行账号"),
        QStringLiteral("注册地址"),     QStringLiteral("注册电话"), QStringLiteral("收件人"),
        QStringLiteral("收件电话"),     QStringLiteral("省份"),     QStringLiteral("城市"),
        QStringLiteral("详细地址"),     QStringLiteral("邮编"),     QStringLiteral("默认地址"),
    };
    return names.value(column);
}

QString BuyerRecordFile::englishHeaderName(Column column)
{
    static const QStringList names {
        QStringLiteral("customer_id"),
        QStringLiteral("title_kind"),
        QStringLiteral("title"),
        QStringLiteral("taxpayer_id"),
        QStringLiteral("bank"),
        QStringLiteral("account"),
        QStringLiteral("registered_address"),
        QStringLiteral("registered_phone"),
        QStringLiteral("recipient"),
        QStringLiteral("phone"),
        QStringLiteral("province"),
        QStringLiteral("city"),
        QStringLiteral("address"),
        QStringLiteral("postcode"),
        QStringLiteral("default_address"),
    };
    return names.value(column);
}

std::optional<QString> BuyerRecordFile::readRow(const QStringList& values, Row* row)
{
    row->customerNo = values.at(CustomerNo);
    if (row->customerNo.isEmpty())
        return tr("%1 is empty.").arg(headerName(CustomerNo));

    if (anyFilled(values,
                  {TitleKind, Title, TaxpayerId, Bank, Account, RegisteredAddress, RegisteredPhone})) {
        SaveInvoiceTitle title;
        // A title of 个人 needs no kind: it can only be a personal one.
        const std::optional<::TitleKind> kind
            = values.at(TitleKind).isEmpty() && values.at(Title) == QStringLiteral("个人")
            ? std::optional<::TitleKind>(::TitleKind::Personal)
            : titleKindFromText(values.at(TitleKind));
        if (!kind)
            return tr("%1 \"%2\" is not 企业, 个人 or 组织.")
                .arg(headerName(TitleKind), values.at(TitleKind));
        title.kind = *kind;
        title.title = values.at(Title);
        title.taxpayerId = values.at(TaxpayerId);
        title.bank = values.at(Bank);
        title.account = values.at(Account);
        title.registeredAddress = values.at(RegisteredAddress);
        title.registeredPhone = values.at(RegisteredPhone);
        if (const FieldErrors errors = title.validate(); !errors.isEmpty())
            return reasonOf(errors, false);
        row->title = title;
    }

    if (anyFilled(values, {Recipient, Phone, Province, City, Address, Postcode})) {
        SaveMailingAddress address;
        address.recipient = values.at(Recipient);
        address.phone = values.at(Phone);
        address.province = values.at(Province);
        address.city = values.at(City);
        address.address = values.at(Address);
        address.postcode = values.at(Postcode);
        const std::optional<bool> isDefault = yesNoFromText(values.at(DefaultAddress));
        if (!isDefault)
            return tr("%1 \"%2\" is not 是 or 否.")
                .arg(headerName(DefaultAddress), values.at(DefaultAddress));
        address.isDefault = *isDefault;
        if (const FieldErrors errors = address.validate(); !errors.isEmpty())
            return reasonOf(errors, true);
        row->address = address;
    }
    if (!row->title && !row->address)
        return tr("The line has neither a title nor an address.");
    return std::nullopt;
}

BuyerRecordFile::Result BuyerRecordFile::parse(const QByteArray& bytes)
{
    Result result;
    const CsvDocument::Result csv = CsvDocument::read(bytes);
    result.encoding = csv.encoding;
    if (csv.records.isEmpty()) {
        result.error = csv.error.isEmpty() ? tr("The file is empty.") : csv.error;
        return result;
    }
    result.header = csv.records.first().fields;
    for (QString& name : result.header)
        name = name.trimmed();
    QList<int> columnIndexes;
    for (int column = 0; column < ColumnCount; ++column) {
        qsizetype index = result.header.indexOf(headerName(Column(column)));
        if (index < 0)
            index = result.header.indexOf(englishHeaderName(Column(column)));
        columnIndexes << int(index);
    }
    if (columnIndexes.at(CustomerNo) < 0) {
        result.error
            = tr("This is not a file of buyer records: the header lacks %1.").arg(headerName(CustomerNo));
        return result;
    }

    QHash<QString, int> lineOfTitle;
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const CsvDocument::Record& record = csv.records.at(i);
        QStringList values;
        for (int column = 0; column < ColumnCount; ++column) {
            const int index = columnIndexes.at(column);
            values << (index >= 0 ? record.fields.value(index).trimmed() : QString());
        }
        Row row;
        row.line = record.line;
        row.fields = record.fields;
        std::optional<QString> reason = CsvDocument::damageIn(record);
        if (!reason)
            reason = readRow(values, &row);
        if (!reason && row.title) {
            // A buyer has one valid title: two in one file would leave the import order to decide.
            if (const int firstLine = lineOfTitle.value(row.customerNo, 0); firstLine > 0)
                reason = tr("The title of %1 is already on line %2.").arg(row.customerNo).arg(firstLine);
            else
                lineOfTitle.insert(row.customerNo, record.line);
        }
        if (reason)
            result.badLines << ImportBadLine {record.line, *reason, record.fields};
        else
            result.rows << row;
    }
    if (!csv.error.isEmpty())
        result.badLines << ImportBadLine {csv.errorLine, csv.error, {}};
    return result;
}
