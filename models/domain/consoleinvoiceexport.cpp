#include "consoleinvoiceexport.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QHash<QString, InvoiceStatus>& statusNames()
{
    static const QHash<QString, InvoiceStatus> names {
        {QStringLiteral("待处理"), InvoiceStatus::Pending},
        {QStringLiteral("处理中"), InvoiceStatus::Processing},
        {QStringLiteral("邮寄中"), InvoiceStatus::Mailing},
        {QStringLiteral("已开票"), InvoiceStatus::Issued},
        {QStringLiteral("已邮寄"), InvoiceStatus::Delivered},
        // One console says 完成 for "issued and mailed".
        {QStringLiteral("完成"), InvoiceStatus::Delivered},
        {QStringLiteral("已完成"), InvoiceStatus::Delivered},
        {QStringLiteral("已撤销"), InvoiceStatus::Cancelled},
        {QStringLiteral("已退款"), InvoiceStatus::Refunded},
        {QStringLiteral("开票失败"), InvoiceStatus::Failed},
        {QStringLiteral("退票待处理"), InvoiceStatus::ReturnPending},
        {QStringLiteral("红字待发起"), InvoiceStatus::AwaitingRedLetter},
        {QStringLiteral("退票中"), InvoiceStatus::Returning},
        {QStringLiteral("退票驳回"), InvoiceStatus::ReturnDeclined},
        {QStringLiteral("已作废"), InvoiceStatus::Voided},
    };
    return names;
}

struct TypeName
{
    InvoiceType type;
    InvoiceMedium medium;
};

const QHash<QString, TypeName>& typeNames()
{
    static const QHash<QString, TypeName> names {
        {QStringLiteral("增值税普通发票"), {InvoiceType::VatNormal, InvoiceMedium::Paper}},
        {QStringLiteral("普通发票"), {InvoiceType::VatNormal, InvoiceMedium::Paper}},
        {QStringLiteral("增值税专用发票"), {InvoiceType::VatSpecial, InvoiceMedium::Paper}},
        {QStringLiteral("专用发票"), {InvoiceType::VatSpecial, InvoiceMedium::Paper}},
        {QStringLiteral("增值税电子普通发票"), {InvoiceType::VatNormal, InvoiceMedium::Electronic}},
        {QStringLiteral("电子普通发票"), {InvoiceType::VatNormal, InvoiceMedium::Electronic}},
        {QStringLiteral("增值税电子专用发票"), {InvoiceType::VatSpecial, InvoiceMedium::Electronic}},
        {QStringLiteral("电子专用发票"), {InvoiceType::VatSpecial, InvoiceMedium::Electronic}},
        {QStringLiteral("数电普票"), {InvoiceType::VatNormal, InvoiceMedium::Digital}},
        {QStringLiteral("数电专票"), {InvoiceType::VatSpecial, InvoiceMedium::Digital}},
    };
    return names;
}

} // namespace

QString ConsoleInvoiceExport::headerName(Column column)
{
    static const QStringList names {
        QStringLiteral("订单ID"),   QStringLiteral("客户ID"),   QStringLiteral("联系方式"),
        QStringLiteral("发票编号"), QStringLiteral("发票金额"), QStringLiteral("发票类型"),
        QStringLiteral("发票状态"), QStringLiteral("申请时间"), QStringLiteral("开票时间"),
    };
    return names.value(column);
}

std::optional<QDateTime> ConsoleInvoiceExport::parseTime(const QString& text)
{
    // yyyy-M-d H:mm[:ss] with '-' or '/' between the date's parts and ' ' or 'T' before the time;
    // month, day and hour of one or two digits. Read by hand: QDateTime::fromString goes through
    // the local time zone and costs more than the rest of an import line together.
    const QString trimmed = text.trimmed();
    qsizetype position = 0;
    const auto number = [&trimmed, &position](int minDigits, int maxDigits) -> std::optional<int> {
        int value = 0;
        int digits = 0;
        while (position < trimmed.size() && digits < maxDigits && trimmed.at(position).isDigit()
               && trimmed.at(position).unicode() < 128) {
            value = value * 10 + (trimmed.at(position).unicode() - u'0');
            ++position;
            ++digits;
        }
        return digits >= minDigits ? std::optional<int>(value) : std::nullopt;
    };
    const auto separator = [&trimmed, &position](std::initializer_list<char16_t> allowed) {
        if (position >= trimmed.size()
            || std::find(allowed.begin(), allowed.end(), trimmed.at(position).unicode()) == allowed.end())
            return false;
        ++position;
        return true;
    };
    const std::optional<int> year = number(4, 4);
    const bool dateSeparator = year && separator({u'-', u'/'});
    const std::optional<int> month = dateSeparator ? number(1, 2) : std::nullopt;
    const std::optional<int> day = month && separator({u'-', u'/'}) ? number(1, 2) : std::nullopt;
    const std::optional<int> hour = day && separator({u' ', u'T'}) ? number(1, 2) : std::nullopt;
    const std::optional<int> minute = hour && separator({u':'}) ? number(2, 2) : std::nullopt;
    std::optional<int> second = 0;
    if (minute && position < trimmed.size())
        second = separator({u':'}) ? number(2, 2) : std::nullopt;
    if (!minute || !second || position != trimmed.size())
        return std::nullopt;
    const QDate date(*year, *month, *day);
    const QTime time(*hour, *minute, *second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // The console shows China time.
    return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

std::optional<QString> ConsoleInvoiceExport::readRow(const CsvDocument::Record& record,
                                                     const QList<int>& columnIndexes, Row* row)
{
    QStringList values;
    for (int column = 0; column < ColumnCount; ++column) {
        const int index = columnIndexes.value(column, -1);
        values << (index >= 0 ? record.fields.value(index).trimmed() : QString());
    }
    if (auto damage = CsvDocument::damageIn(record))
        return damage;
    for (int column = 0; column < ColumnCount; ++column) {
        if (values.at(column).size() > maximumFieldLength)
            return tr("%1 is longer than %2 characters.")
                .arg(headerName(Column(column)))
                .arg(maximumFieldLength);
    }
    const auto required = [&values](Column column) { return values.at(column).isEmpty(); };
    for (Column column : {OrderNo, CustomerNo, Amount, Type, Status, AppliedAt}) {
        if (required(column))
            return tr("%1 is empty.").arg(headerName(column));
    }
    static const QRegularExpression orderPattern(QStringLiteral("^[0-9A-Za-z_-]{1,64}$"));
    if (!orderPattern.match(values.at(OrderNo)).hasMatch())
        return tr("%1 \"%2\" is not an order ID (letters, digits, - and _, at most 64).")
            .arg(headerName(OrderNo), values.at(OrderNo));
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9*+ ()-]{0,30}$"));
    if (!phonePattern.match(values.at(ContactPhone)).hasMatch())
        return tr("%1 \"%2\" is not a phone number.").arg(headerName(ContactPhone), values.at(ContactPhone));
    static const QRegularExpression invoiceNoPattern(QStringLiteral("^([0-9]{8}|[0-9]{20})?$"));
    if (!invoiceNoPattern.match(values.at(InvoiceNo)).hasMatch())
        return tr("%1 \"%2\" must have 8 digits (paper and electronic) or 20 digits (数电).")
            .arg(headerName(InvoiceNo), values.at(InvoiceNo));
    QString moneyError;
    const std::optional<Money> amount = Money::parse(values.at(Amount), &moneyError);
    if (!amount)
        return tr("%1: %2").arg(headerName(Amount), moneyError);
    if (*amount <= Money())
        return tr("%1 must be more than zero.").arg(headerName(Amount));
    const auto type = typeNames().constFind(values.at(Type));
    if (type == typeNames().cend())
        return tr("%1 \"%2\" is not an invoice type the console uses.")
            .arg(headerName(Type), values.at(Type));
    const auto status = statusNames().constFind(values.at(Status));
    if (status == statusNames().cend())
        return tr("%1 \"%2\" is not an invoice status the console uses.")
            .arg(headerName(Status), values.at(Status));
    const std::optional<QDateTime> appliedAt = parseTime(values.at(AppliedAt));
    if (!appliedAt)
        return tr("%1 \"%2\" is not a time like 2026-11-23 10:05:00.")
            .arg(headerName(AppliedAt), values.at(AppliedAt));
    std::optional<QDateTime> invoicedAt;
    if (!values.at(InvoicedAt).isEmpty() && values.at(InvoicedAt) != QStringLiteral("-")) {
        invoicedAt = parseTime(values.at(InvoicedAt));
        if (!invoicedAt)
            return tr("%1 \"%2\" is not a time like 2026-11-23 10:05:00.")
                .arg(headerName(InvoicedAt), values.at(InvoicedAt));
    }

    row->line = record.line;
    row->orderNo = values.at(OrderNo);
    row->customerNo = values.at(CustomerNo);
    row->contactPhone = values.at(ContactPhone);
    row->invoiceNo = values.at(InvoiceNo);
    row->amount = *amount;
    row->type = type->type;
    // A 20-digit number is a fully digitalised invoice whatever the type column says.
    row->medium = row->invoiceNo.size() == 20 ? InvoiceMedium::Digital : type->medium;
    row->status = status.value();
    row->appliedAt = *appliedAt;
    row->invoicedAt = invoicedAt.value_or(QDateTime());
    return std::nullopt;
}

ConsoleInvoiceExport::Result ConsoleInvoiceExport::parse(const QByteArray& bytes)
{
    Result result;
    CsvDocument::Result csv = CsvDocument::read(bytes);
    result.encoding = csv.encoding;
    if (csv.records.isEmpty() && csv.error.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    if (!csv.records.isEmpty()) {
        result.header = csv.records.first().fields;
        for (QString& name : result.header)
            name = name.trimmed();
    }
    QList<int> columnIndexes;
    QStringList missing;
    for (int column = 0; column < ColumnCount; ++column) {
        const int index = int(result.header.indexOf(headerName(Column(column))));
        columnIndexes << index;
        if (index < 0)
            missing << headerName(Column(column));
    }
    if (!missing.isEmpty()) {
        result.error = tr("This is not a console invoice export: the header lacks %1.")
                           .arg(missing.join(QStringLiteral(", ")));
        return result;
    }

    QHash<QString, int> lineOfOrder;
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const CsvDocument::Record& record = csv.records.at(i);
        Row row;
        std::optional<QString> reason = readRow(record, columnIndexes, &row);
        if (!reason) {
            const int firstLine = lineOfOrder.value(row.orderNo, 0);
            if (firstLine > 0)
                reason = tr("Order ID %1 is already on line %2.").arg(row.orderNo).arg(firstLine);
            else
                lineOfOrder.insert(row.orderNo, record.line);
        }
        if (reason)
            result.badLines << BadLine {record.line, *reason, record.fields};
        else
            result.rows << row;
    }
    if (!csv.error.isEmpty())
        result.badLines << BadLine {csv.errorLine, csv.error, {}};
    return result;
}
