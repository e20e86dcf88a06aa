#pragma once

#include "importholidays.h"
#include "workingcalendar.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The holiday calendar kept as data: the administrator imports each year's schedule when the
/// State Council publishes it.
class HolidayService : public QObject
{
    Q_OBJECT
public:
    explicit HolidayService(Database& database, QObject* parent = nullptr);

    /// Replaces the schedule of the command's years, in one transaction with one audit row per year.
    /// Every day must fall inside one of the command's years.
    WriteOutcome importSchedule(const ImportHolidays& command);
    /// The calendar of every imported year. Throws StorageError.
    WorkingCalendar calendar();
    /// True when no year was ever imported (a new database). Throws StorageError.
    bool isEmpty();

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
