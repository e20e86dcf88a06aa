#include "savesetting.h"

QJsonObject SaveSetting::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("key"), key);
    json.insert(QStringLiteral("value"), value);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    return json;
}

SaveSetting SaveSetting::fromJson(const QJsonObject& json)
{
    SaveSetting command;
    command.header = CommandHeader::fromJson(json);
    command.key = json.value(QStringLiteral("key")).toString();
    command.value = json.value(QStringLiteral("value")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    return command;
}
