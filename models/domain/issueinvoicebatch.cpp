#include "issueinvoicebatch.h"

#include <QJsonArray>

QJsonObject IssueInvoiceBatch::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    QJsonArray list;
    for (const Item& item : items) {
        list.append(QJsonObject {{QStringLiteral("requestId"), item.requestId},
                                 {QStringLiteral("baseVersion"), item.baseVersion},
                                 {QStringLiteral("invoiceNo"), item.invoiceNo},
                                 {QStringLiteral("courier"), item.courier},
                                 {QStringLiteral("trackingNo"), item.trackingNo},
                                 {QStringLiteral("email"), item.email},
                                 {QStringLiteral("fileName"), item.fileName}});
    }
    json.insert(QStringLiteral("items"), list);
    return json;
}

IssueInvoiceBatch IssueInvoiceBatch::fromJson(const QJsonObject& json)
{
    IssueInvoiceBatch command;
    command.header = CommandHeader::fromJson(json);
    for (const auto& value : json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        command.items << Item {item.value(QStringLiteral("requestId")).toString(),
                               item.value(QStringLiteral("baseVersion")).toInt(),
                               item.value(QStringLiteral("invoiceNo")).toString(),
                               item.value(QStringLiteral("courier")).toString(),
                               item.value(QStringLiteral("trackingNo")).toString(),
                               item.value(QStringLiteral("email")).toString(),
                               item.value(QStringLiteral("fileName")).toString(),
                               {}};
    }
    return command;
}

QStringList IssueInvoiceBatch::consecutiveNumbers(const QString& first, int count)
{
    const QString start = first.trimmed();
    if (start.isEmpty() || start.size() > 20 || count <= 0)
        return {};
    for (QChar c : start) {
        if (c < u'0' || c > u'9')
            return {};
    }
    // Up to 20 digits: count with decimal strings, not integers.
    QStringList numbers {start};
    QString current = start;
    for (int i = 1; i < count; ++i) {
        int position = int(current.size()) - 1;
        while (position >= 0 && current.at(position) == u'9') {
            current[position] = u'0';
            --position;
        }
        if (position < 0)
            return {};
        current[position] = QChar(current.at(position).unicode() + 1);
        numbers << current;
    }
    return numbers;
}
