#include "rowupdate.h"

#include "query.h"

bool RowUpdate::apply(Database& database, const QString& table, const QString& id, int baseVersion,
                      qint64 atMs, const Columns& columns, const QString& extraAssignments)
{
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments << QStringLiteral("%1 = :c%2").arg(columns.at(i).first).arg(i);
    if (!extraAssignments.isEmpty())
        assignments << extraAssignments;
    Query update(database,
                 QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = :at "
                                "WHERE id = :id AND version = :version")
                     .arg(table, assignments.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < columns.size(); ++i)
        update.bind(QStringLiteral(":c%1").arg(i), columns.at(i).second);
    update.bind(QStringLiteral(":at"), atMs)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":version"), baseVersion);
    update.exec();
    return update.rowsAffected() > 0;
}

void RowUpdate::insert(Database& database, const QString& table, const Columns& columns)
{
    QStringList names;
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names << columns.at(i).first;
        placeholders << QStringLiteral(":c%1").arg(i);
    }
    Query insert(database,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < columns.size(); ++i)
        insert.bind(QStringLiteral(":c%1").arg(i), columns.at(i).second);
    insert.exec();
}
