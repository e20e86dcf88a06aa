#include "deriveddatasuspension.h"

#include "database.h"
#include "query.h"

#include <algorithm>

DerivedDataSuspension::DerivedDataSuspension(Database& database, QList<TableSpec> specs)
    : m_database(database)
    , m_specs(std::move(specs))
{ }

void DerivedDataSuspension::suspend()
{
    if (m_database.dialect().backend() != DatabaseUrl::Backend::Sqlite)
        return;
    QStringList derivedTables;
    for (const TableSpec& spec : std::as_const(m_specs)) {
        for (const QString& table : {spec.countsTable, spec.searchTable}) {
            if (!table.isEmpty())
                derivedTables << table;
        }
    }
    if (derivedTables.isEmpty())
        return;
    Query triggers(m_database,
                   QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                                  "AND sql LIKE '%AFTER INSERT ON%'"));
    triggers.exec();
    while (triggers.next()) {
        const QString sql = triggers.value(1).toString();
        if (std::any_of(derivedTables.cbegin(), derivedTables.cend(), [&sql](const QString& table) {
                return sql.contains(QStringLiteral("INSERT INTO %1 ").arg(table));
            }))
            m_droppedTriggers.append({triggers.value(0).toString(), sql});
    }
    for (const auto& trigger : std::as_const(m_droppedTriggers))
        Query::execute(m_database, QStringLiteral("DROP TRIGGER main.%1").arg(trigger.first));
}

void DerivedDataSuspension::resume()
{
    if (m_database.dialect().backend() != DatabaseUrl::Backend::Sqlite)
        return;
    for (const TableSpec& spec : std::as_const(m_specs)) {
        if (!spec.countsTable.isEmpty()) {
            Query::execute(m_database, QStringLiteral("DELETE FROM %1").arg(spec.countsTable));
            Query::execute(m_database,
                           QStringLiteral("INSERT INTO %1 (status, row_count) SELECT %2, COUNT(*) "
                                          "FROM %3 GROUP BY %2")
                               .arg(spec.countsTable, spec.statusExpression, spec.countedTable));
        }
        if (!spec.searchTable.isEmpty()) {
            // FTS5 writes a new segment whenever its pending terms outgrow 'hashsize' (1 MiB by
            // default) and then merges the segments; with 256 MiB a million rows go in a few
            // segments, in half the time. The setting is stored with the table, so it goes back.
            const auto setHashSize = [this, &spec](qint64 bytes) {
                Query::execute(m_database,
                               QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)")
                                   .arg(spec.searchTable)
                                   .arg(bytes));
            };
            setHashSize(bulkHashSizeBytes);
            Query::execute(m_database,
                           QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(spec.searchTable));
            setHashSize(defaultHashSizeBytes);
        }
    }
    for (const auto& trigger : std::as_const(m_droppedTriggers))
        Query::execute(m_database, trigger.second);
    m_droppedTriggers.clear();
}
