#include "holidayservice.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"

#include <QJsonArray>

HolidayService::HolidayService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome HolidayService::importSchedule(const ImportHolidays& command)
{
    if (command.years.isEmpty())
        return WriteOutcome::invalid({{QStringLiteral("years"), tr("The schedule names no year.")}});
    for (const HolidayDay& day : command.days) {
        if (!day.date.isValid() || !command.years.contains(day.date.year()))
            return WriteOutcome::invalid(
                {{QStringLiteral("days"),
                  tr("The day %1 is not in the years being imported.").arg(day.date.toString(Qt::ISODate))}});
    }
    QStringList yearKeys;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        for (int year : command.years) {
            Query count(m_database, QStringLiteral("SELECT COUNT(*) FROM holidays WHERE year = :year"));
            count.bind(QStringLiteral(":year"), year).exec();
            const int previousDays = count.next() ? count.value(0).toInt() : 0;
            Query(m_database, QStringLiteral("DELETE FROM holiday_years WHERE year = :year"))
                .bind(QStringLiteral(":year"), year)
                .exec();
            Query(m_database,
                  QStringLiteral("INSERT INTO holiday_years (year, imported_at, imported_by) "
                                 "VALUES (:year, :at, :by)"))
                .bind(QStringLiteral(":year"), year)
                .bind(QStringLiteral(":at"), command.header.at.toMSecsSinceEpoch())
                .bind(QStringLiteral(":by"), command.header.actor)
                .exec();
            QJsonArray days;
            Query insert(m_database,
                         QStringLiteral("INSERT INTO holidays (day, year, name, is_off) "
                                        "VALUES (:day, :year, :name, :off)"));
            for (const HolidayDay& day : command.days) {
                if (day.date.year() != year)
                    continue;
                insert.bind(QStringLiteral(":day"), day.date.toString(Qt::ISODate))
                    .bind(QStringLiteral(":year"), year)
                    .bind(QStringLiteral(":name"), day.name)
                    .bind(QStringLiteral(":off"), day.off)
                    .exec();
                days.append(day.date.toString(Qt::ISODate));
            }
            const QString key = QString::number(year);
            yearKeys << key;
            journal.audit(ImportHolidays::name, command.header, QStringLiteral("holiday_year"), key,
                          QStringLiteral("import"),
                          previousDays > 0 ? QJsonObject {{QStringLiteral("days"), previousDays}}
                                           : QJsonObject(),
                          {{QStringLiteral("days"), days}});
        }
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("holiday_year"), yearKeys);
    return outcome;
}

WorkingCalendar HolidayService::calendar()
{
    QList<int> years;
    Query yearQuery(m_database, QStringLiteral("SELECT year FROM holiday_years ORDER BY year"));
    yearQuery.exec();
    while (yearQuery.next())
        years << yearQuery.value(0).toInt();
    HolidaySchedule days;
    Query dayQuery(m_database, QStringLiteral("SELECT day, name, is_off FROM holidays ORDER BY day"));
    dayQuery.exec();
    while (dayQuery.next())
        days.append({QDate::fromString(dayQuery.value(0).toString(), Qt::ISODate),
                     dayQuery.value(1).toString(), dayQuery.value(2).toBool()});
    return WorkingCalendar(days, years);
}

bool HolidayService::isEmpty()
{
    Query query(m_database, QStringLiteral("SELECT COUNT(*) FROM holiday_years"));
    query.exec();
    return !query.next() || query.value(0).toInt() == 0;
}
