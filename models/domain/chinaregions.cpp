#include "chinaregions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const ChinaRegions& ChinaRegions::builtIn()
{
    static const ChinaRegions regions = [] {
        QFile file(QStringLiteral(":/regions/china_regions.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : ChinaRegions();
    }();
    return regions;
}

ChinaRegions ChinaRegions::fromJson(const QByteArray& json)
{
    ChinaRegions regions;
    const QJsonArray provinces
        = QJsonDocument::fromJson(json).object().value(QStringLiteral("provinces")).toArray();
    for (const auto& value : provinces) {
        const QJsonObject object = value.toObject();
        Province province {object.value(QStringLiteral("name")).toString(), {}};
        const QJsonArray cities = object.value(QStringLiteral("cities")).toArray();
        for (const auto& city : cities)
            province.cities << city.toString();
        if (province.name.isEmpty() || province.cities.isEmpty())
            return {};
        regions.m_provinces << province;
    }
    return regions;
}

QStringList ChinaRegions::provinceNames() const
{
    QStringList names;
    for (const Province& province : m_provinces)
        names << province.name;
    return names;
}

QStringList ChinaRegions::citiesOf(const QString& province) const
{
    for (const Province& candidate : m_provinces) {
        if (candidate.name == province)
            return candidate.cities;
    }
    return {};
}
