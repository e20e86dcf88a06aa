#include "dialect.h"

namespace {

/// SQLite's own default: 2 MB of pages per connection.
QString defaultCacheSize()
{
    return QStringLiteral("PRAGMA cache_size = -2000");
}

} // namespace

QString Dialect::expand(const QString& sql) const
{
    QString out = sql;
    out.replace(QStringLiteral("{BLOB}"),
                m_backend == DatabaseUrl::Backend::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    return out;
}

QString Dialect::beginTransaction() const
{
    return m_backend == DatabaseUrl::Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                     : QStringLiteral("BEGIN");
}

QString Dialect::migrationLock() const
{
    // Any constant key works as long as every MarketDesk client uses the same one.
    return m_backend == DatabaseUrl::Backend::Postgres
        ? QStringLiteral("SELECT pg_advisory_xact_lock(7236501)")
        : QString();
}

QString Dialect::lockRows(const QString& table) const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {};
    return table.isEmpty() ? QStringLiteral(" FOR UPDATE") : QStringLiteral(" FOR UPDATE OF ") + table;
}

QString Dialect::jsonTextList(const QString& placeholder) const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
    return QStringLiteral("SELECT jsonb_array_elements_text(CAST(%1 AS jsonb))").arg(placeholder);
}

QString Dialect::containsOperator() const
{
    return m_backend == DatabaseUrl::Backend::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString Dialect::containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString Dialect::trigramMatch(const QString& searchTable, const QString& rowidExpression,
                              const QString& placeholder) const
{
    if (m_backend != DatabaseUrl::Backend::Sqlite || searchTable.isEmpty())
        return {};
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH %3)")
        .arg(rowidExpression, searchTable, placeholder);
}

QString Dialect::trigramPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList Dialect::rebuildCountsStatements(const QString& countsTable) const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {};
    // TRUNCATE gives the table new, empty files, within the transaction.
    return {QStringLiteral("CREATE TEMPORARY TABLE folded_counts AS "
                           "SELECT vendor_id, status, SUM(row_count) AS row_count FROM %1 "
                           "GROUP BY vendor_id, status HAVING SUM(row_count) <> 0")
                .arg(countsTable),
            QStringLiteral("TRUNCATE %1").arg(countsTable),
            QStringLiteral("INSERT INTO %1 (vendor_id, status, row_count) "
                           "SELECT vendor_id, status, row_count FROM folded_counts")
                .arg(countsTable),
            QStringLiteral("DROP TABLE folded_counts")};
}

QString Dialect::foldCountsStatement(const QString& countsTable) const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {};
    // Rows another transaction adds meanwhile are not in this statement's snapshot and stay; two
    // folds at once each delete (and re-add) only the rows they got.
    return QStringLiteral("WITH gone AS (DELETE FROM %1 RETURNING vendor_id, status, row_count) "
                          "INSERT INTO %1 (vendor_id, status, row_count) "
                          "SELECT vendor_id, status, SUM(row_count) FROM gone GROUP BY vendor_id, status "
                          "HAVING SUM(row_count) <> 0")
        .arg(countsTable);
}

QStringList Dialect::bulkLoadSettings() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {QStringLiteral("PRAGMA cache_size = -1048576"), QStringLiteral("PRAGMA temp_store = FILE"),
                QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("PRAGMA ignore_check_constraints = ON")};
    return {};
}

QStringList Dialect::afterBulkLoadSettings() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA ignore_check_constraints = OFF"),
                defaultCacheSize(),
                QStringLiteral("PRAGMA temp_store = MEMORY"),
                QStringLiteral("PRAGMA threads = 0")};
    return {};
}

QStringList Dialect::indexBuildSettings() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {QStringLiteral("PRAGMA cache_size = -8192"), QStringLiteral("PRAGMA threads = 2")};
    return {};
}

QStringList Dialect::largeWriteSettings() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {QStringLiteral("PRAGMA cache_size = -262144")};
    return {};
}

QStringList Dialect::afterLargeWriteSettings() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return {defaultCacheSize()};
    return {};
}

QString Dialect::tableExistsQuery() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return QStringLiteral(
            "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = :table");
    return QStringLiteral("SELECT COUNT(*) > 0 FROM pg_tables WHERE schemaname = current_schema() "
                          "AND tablename = :table");
}

QString Dialect::tableNamesQuery() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite)
        return QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' ORDER BY name");
    return QStringLiteral(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
}

QString Dialect::secondaryIndexesQuery() const
{
    if (m_backend == DatabaseUrl::Backend::Sqlite) {
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              "AND tbl_name = :table ORDER BY name");
    }
    return QStringLiteral(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND i.tablename = :table AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conname = i.indexname) ORDER BY i.indexname");
}
