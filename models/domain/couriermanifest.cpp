#include "couriermanifest.h"

#include "csvdocument.h"
#include "fieldvalidators.h"

#include <QHash>
#include <QSet>

namespace {

enum Column { TrackingNo, OrderNo, Phone, Courier, ColumnCount };

/// Header names as couriers and spreadsheets write them, compared without case, spaces and
/// punctuation.
QString headerKey(const QString& name)
{
    QString key;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    return key;
}

Column columnNamed(const QString& name)
{
    static const QHash<QString, Column> columns = [] {
        const QList<std::pair<Column, QStringList>> names {
            {TrackingNo,
             {QStringLiteral("运单号"), QStringLiteral("运单编号"), QStringLiteral("快递单号"),
              QStringLiteral("快递编号"), QStringLiteral("物流单号"), QStringLiteral("Tracking number"),
              QStringLiteral("Tracking No."), QStringLiteral("Waybill"), QStringLiteral("Waybill number"),
              QStringLiteral("Waybill No.")}},
            {OrderNo,
             {QStringLiteral("订单ID"), QStringLiteral("订单号"), QStringLiteral("订单编号"),
              QStringLiteral("客户订单号"), QStringLiteral("参考号"), QStringLiteral("Order ID"),
              QStringLiteral("Order No."), QStringLiteral("Order number"), QStringLiteral("Reference")}},
            {Phone,
             {QStringLiteral("收件人电话"), QStringLiteral("收件人手机"), QStringLiteral("收件电话"),
              QStringLiteral("收件手机"), QStringLiteral("收件人联系电话"), QStringLiteral("Recipient phone"),
              QStringLiteral("Phone")}},
            {Courier,
             {QStringLiteral("快递公司"), QStringLiteral("物流公司"), QStringLiteral("承运商"),
              QStringLiteral("Courier"), QStringLiteral("Carrier")}},
        };
        QHash<QString, Column> byKey;
        for (const auto& [column, columnNames] : names)
            for (const QString& columnName : columnNames)
                byKey.insert(headerKey(columnName), column);
        return byKey;
    }();
    return columns.value(headerKey(name), ColumnCount);
}

/// A phone as digits only, without China's +86: "+86 138-1234-5678" is 13812345678.
QString phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

QString lineList(const QList<int>& lines)
{
    QStringList texts;
    for (int line : lines)
        texts << QString::number(line);
    return texts.join(QStringLiteral(", "));
}

} // namespace

CourierManifest CourierManifest::parse(const QByteArray& bytes)
{
    CourierManifest manifest;
    const CsvDocument::Result csv = CsvDocument::read(bytes);
    if (!csv.error.isEmpty()) {
        manifest.m_error = csv.error;
        return manifest;
    }
    QList<int> indexOf(ColumnCount, -1);
    const QStringList header = csv.records.isEmpty() ? QStringList() : csv.records.first().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const Column column = columnNamed(header.at(i));
        if (column != ColumnCount && indexOf.at(column) < 0)
            indexOf[column] = int(i);
    }
    if (indexOf.at(TrackingNo) < 0) {
        manifest.m_error = tr("This is not a courier's list of parcels: no column of its first line is "
                              "named 运单号, 快递单号 or tracking number.");
        return manifest;
    }
    if (indexOf.at(OrderNo) < 0 && indexOf.at(Phone) < 0) {
        manifest.m_error = tr("The courier's list names neither the order ID (订单号, 客户订单号) nor "
                              "the recipient's phone (收件人电话) of its parcels.");
        return manifest;
    }
    for (const CsvDocument::Record& record : csv.records.mid(1)) {
        const auto field = [&record, &indexOf](Column column) {
            return record.fields.value(indexOf.at(column)).trimmed();
        };
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue;
        Parcel parcel {record.line, field(TrackingNo), field(OrderNo), field(Phone), field(Courier), {}};
        if (auto error = FieldValidators::trackingNumber(parcel.trackingNo))
            parcel.problem = *error;
        else if (parcel.orderNo.isEmpty() && phoneKey(parcel.phone).isEmpty())
            parcel.problem = tr("The line names neither an order ID nor a phone.");
        manifest.m_parcels << parcel;
    }
    if (manifest.m_parcels.isEmpty())
        manifest.m_error = tr("The courier's list has no parcels.");
    return manifest;
}

CourierManifest::Assignment CourierManifest::assign(const QList<Recipient>& recipients) const
{
    QSet<QString> ordersOfRecipients;
    for (const Recipient& recipient : recipients)
        ordersOfRecipients.insert(recipient.orderNo);
    QHash<QString, QList<const Parcel*>> byOrder;
    QHash<QString, QList<const Parcel*>> byPhone;
    QHash<QString, const Parcel*> unreadableByOrder;
    for (const Parcel& parcel : m_parcels) {
        if (!parcel.problem.isEmpty()) {
            if (ordersOfRecipients.contains(parcel.orderNo))
                unreadableByOrder.insert(parcel.orderNo, &parcel);
            continue;
        }
        if (ordersOfRecipients.contains(parcel.orderNo))
            byOrder[parcel.orderNo] << &parcel;
        else if (const QString phone = phoneKey(parcel.phone); !phone.isEmpty())
            byPhone[phone] << &parcel;
    }

    Assignment assignment;
    QSet<int> usedLines;
    for (const Recipient& recipient : recipients) {
        const QString phone = phoneKey(recipient.phone);
        const bool byReference = byOrder.contains(recipient.orderNo);
        const Parcel* unreadable = byReference ? nullptr : unreadableByOrder.value(recipient.orderNo);
        Match match;
        if (unreadable) {
            // Its own parcel's line is wrong: another parcel to the same phone is no substitute.
            match.lines << unreadable->line;
            match.problem
                = tr("Line %1 of the courier's list: %2").arg(unreadable->line).arg(unreadable->problem);
            assignment.matches << match;
            continue;
        }
        const QList<const Parcel*> candidates
            = byReference ? byOrder.value(recipient.orderNo) : byPhone.value(phone);
        QSet<QString> trackingNumbers;
        for (const Parcel* parcel : candidates) {
            match.lines << parcel->line;
            trackingNumbers.insert(parcel->trackingNo);
        }
        if (candidates.isEmpty()) {
            match.problem = phone.isEmpty()
                ? tr("No parcel of the courier's list names order %1.").arg(recipient.orderNo)
                : tr("No parcel of the courier's list names order %1 or phone %2.")
                      .arg(recipient.orderNo, recipient.phone);
        } else if (trackingNumbers.size() > 1) {
            match.problem = byReference
                ? tr("Lines %1 of the courier's list give order %2 different tracking numbers.")
                      .arg(lineList(match.lines), recipient.orderNo)
                : tr("Lines %1 of the courier's list are parcels to %2 with different tracking numbers.")
                      .arg(lineList(match.lines), recipient.phone);
        } else {
            match.trackingNo = candidates.first()->trackingNo;
            match.courier = candidates.first()->courier;
            for (int line : std::as_const(match.lines))
                usedLines.insert(line);
        }
        assignment.matches << match;
    }
    for (const Parcel& parcel : m_parcels)
        if (parcel.problem.isEmpty() && !usedLines.contains(parcel.line))
            assignment.unusedLines << parcel.line;
    return assignment;
}
