#include "checkapplicationitem.h"

QJsonObject CheckApplicationItem::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("applicationId"), applicationId);
    json.insert(QStringLiteral("conditionId"), conditionId);
    json.insert(QStringLiteral("ticked"), ticked);
    json.insert(QStringLiteral("note"), note);
    return json;
}

CheckApplicationItem CheckApplicationItem::fromJson(const QJsonObject& json)
{
    CheckApplicationItem command;
    command.header = CommandHeader::fromJson(json);
    command.applicationId = json.value(QStringLiteral("applicationId")).toString();
    command.conditionId = json.value(QStringLiteral("conditionId")).toString();
    command.ticked = json.value(QStringLiteral("ticked")).toBool();
    command.note = json.value(QStringLiteral("note")).toString();
    return command;
}
