#include "switchinvoicetonormal.h"

QJsonObject SwitchInvoiceToNormal::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("requestId"), requestId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("buyerConsent"), buyerConsent);
    return json;
}

SwitchInvoiceToNormal SwitchInvoiceToNormal::fromJson(const QJsonObject& json)
{
    SwitchInvoiceToNormal command;
    command.header = CommandHeader::fromJson(json);
    command.requestId = json.value(QStringLiteral("requestId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.buyerConsent = json.value(QStringLiteral("buyerConsent")).toString();
    return command;
}
