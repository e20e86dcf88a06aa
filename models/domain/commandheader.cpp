#include "commandheader.h"

QJsonObject CommandHeader::toJson(const char* commandName, int schemaVersion) const
{
    return {
        {QStringLiteral("command"), QLatin1String(commandName)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("commandId"), id.toString()},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
    };
}

CommandHeader CommandHeader::fromJson(const QJsonObject& json)
{
    CommandHeader header;
    header.id = CommandId::fromString(json.value(QStringLiteral("commandId")).toString());
    header.actor = json.value(QStringLiteral("actor")).toString();
    header.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return header;
}
