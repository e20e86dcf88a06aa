#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// China's provinces and their prefecture-level cities (with the county-level cities and counties
/// administered directly by a province), kept as data in regions/china_regions.json. The
/// municipalities and special administrative regions list themselves as their only city.
class ChinaRegions
{
public:
    struct Province
    {
        QString name;
        QStringList cities;
    };

    /// The list read once from the embedded file, in the official order.
    static const ChinaRegions& builtIn();
    /// Reads {"provinces": [{"name": …, "cities": [...]}, …]}; empty on a malformed document.
    static ChinaRegions fromJson(const QByteArray& json);

    const QList<Province>& provinces() const { return m_provinces; }
    QStringList provinceNames() const;
    /// The cities of `province`; empty for an unknown province.
    QStringList citiesOf(const QString& province) const;
    bool contains(const QString& province, const QString& city) const
    {
        return citiesOf(province).contains(city);
    }

private:
    QList<Province> m_provinces;
};
