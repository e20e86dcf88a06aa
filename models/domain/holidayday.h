#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// One day of the official holiday schedule: a public holiday (`off`) or a make-up working day
/// (调休, `off == false`) that falls on a weekend.
struct HolidayDay
{
    QDate date;
    QString name;
    bool off = true;

    friend bool operator==(const HolidayDay&, const HolidayDay&) = default;
};

using HolidaySchedule = QList<HolidayDay>;
