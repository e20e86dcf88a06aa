#pragma once

#include <QJsonObject>
#include <QString>

/// Party A (甲方) of a contract, as the buyer states it: kept per buyer account and pre-filled in
/// every new contract; each contract keeps its own copy.
struct PartyADetails
{
    QString name;
    QString address;
    QString contact;
    QString phone;
    QString email;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("address"), address},
                {QStringLiteral("contact"), contact},
                {QStringLiteral("phone"), phone},
                {QStringLiteral("email"), email}};
    }
    static PartyADetails fromJson(const QJsonObject& json)
    {
        const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
        return {get("name"), get("address"), get("contact"), get("phone"), get("email")};
    }
    friend bool operator==(const PartyADetails&, const PartyADetails&) = default;
};
