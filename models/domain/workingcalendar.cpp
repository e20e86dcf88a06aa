#include "workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

WorkingCalendar::WorkingCalendar(const HolidaySchedule& days, const QList<int>& years)
    : m_years(years.cbegin(), years.cend())
{
    for (const HolidayDay& day : days) {
        m_exceptions.insert(day.date, day.off);
        m_years.insert(day.date.year());
    }
}

QList<int> WorkingCalendar::years() const
{
    QList<int> sorted(m_years.cbegin(), m_years.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto exception = m_exceptions.constFind(date);
    if (exception != m_exceptions.cend())
        return !exception.value();
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(QDate from, int days) const
{
    const int step = days < 0 ? -1 : 1;
    QDate date = from;
    for (int remaining = days < 0 ? -days : days; remaining > 0;) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

WorkingCalendar::ParseResult WorkingCalendar::parseSchedule(const QByteArray& json)
{
    ParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        result.error = tr("The holiday file is not valid JSON: %1 at byte %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject years = document.object().value(QLatin1String("years")).toObject();
    if (years.isEmpty()) {
        result.error = tr("The holiday file has no \"years\" section.");
        return result;
    }
    for (auto year = years.begin(); year != years.end(); ++year) {
        bool isNumber = false;
        const int yearNumber = year.key().toInt(&isNumber);
        if (!isNumber || yearNumber < 1990 || yearNumber > 2200) {
            result.error = tr("\"%1\" is not a year.").arg(year.key());
            return result;
        }
        result.years.append(yearNumber);
        const QJsonArray days = year.value().toObject().value(QLatin1String("days")).toArray();
        for (const auto& value : days) {
            const QJsonObject object = value.toObject();
            const QString dateText = object.value(QLatin1String("date")).toString();
            const QDate date = QDate::fromString(dateText, Qt::ISODate);
            if (!date.isValid() || date.year() != yearNumber
                || !object.value(QLatin1String("off")).isBool()) {
                result.error = tr("Year %1: the entry \"%2\" needs a date in that year and an \"off\" flag.")
                                   .arg(yearNumber)
                                   .arg(dateText);
                return result;
            }
            result.days.append({date, object.value(QLatin1String("name")).toString(),
                                object.value(QLatin1String("off")).toBool()});
        }
    }
    return result;
}
