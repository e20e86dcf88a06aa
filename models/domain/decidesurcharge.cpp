#include "decidesurcharge.h"

QJsonObject DecideSurcharge::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("surchargeId"), surchargeId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("confirm"), confirm);
    return json;
}

DecideSurcharge DecideSurcharge::fromJson(const QJsonObject& json)
{
    DecideSurcharge command;
    command.header = CommandHeader::fromJson(json);
    command.surchargeId = json.value(QStringLiteral("surchargeId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.confirm = json.value(QStringLiteral("confirm")).toBool();
    return command;
}
