#include "reportmaterialchange.h"

#include "materialchangerule.h"

FieldErrors ReportMaterialChange::validate() const
{
    if (!reportedOn.isValid())
        return {{QStringLiteral("reported_on"), tr("Enter the date the vendor reported the change.")}};
    if (reportedOn > MaterialChangeRule::chinaDate(header.at))
        return {{QStringLiteral("reported_on"), tr("The report cannot come in the future.")}};
    return {};
}

QJsonObject ReportMaterialChange::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("changeId"), changeId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("reportedOn"), reportedOn.toString(Qt::ISODate));
    return json;
}

ReportMaterialChange ReportMaterialChange::fromJson(const QJsonObject& json)
{
    ReportMaterialChange command;
    command.header = CommandHeader::fromJson(json);
    command.changeId = json.value(QStringLiteral("changeId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.reportedOn = QDate::fromString(json.value(QStringLiteral("reportedOn")).toString(), Qt::ISODate);
    return command;
}
