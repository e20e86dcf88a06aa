#include "importholidays.h"

#include <QJsonArray>

QJsonObject ImportHolidays::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    QJsonArray yearArray;
    for (int year : years)
        yearArray.append(year);
    json.insert(QStringLiteral("years"), yearArray);
    QJsonArray dayArray;
    for (const HolidayDay& day : days) {
        dayArray.append(QJsonObject {
            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
            {QStringLiteral("name"), day.name},
            {QStringLiteral("off"), day.off},
        });
    }
    json.insert(QStringLiteral("days"), dayArray);
    return json;
}

ImportHolidays ImportHolidays::fromJson(const QJsonObject& json)
{
    ImportHolidays command;
    command.header = CommandHeader::fromJson(json);
    for (const auto& year : json.value(QStringLiteral("years")).toArray())
        command.years.append(year.toInt());
    for (const auto& value : json.value(QStringLiteral("days")).toArray()) {
        const QJsonObject day = value.toObject();
        command.days.append({QDate::fromString(day.value(QStringLiteral("date")).toString(), Qt::ISODate),
                             day.value(QStringLiteral("name")).toString(),
                             day.value(QStringLiteral("off")).toBool()});
    }
    return command;
}
