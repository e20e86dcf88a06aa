#include "dialect.h"

QString Dialect::expand(const QString& sql) const
{
    QString out = sql;
    out.replace(QStringLiteral("{BLOB}"),
                m_backend == DatabaseUrl::Backend::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    return out;
}

QString Dialect::beginTransaction() const
{
    return m_backend == DatabaseUrl::Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString Dialect::migrationLock() const
{
    // Any constant key works as long as every MarketDesk client uses the same one.
    return m_backend == DatabaseUrl::Backend::Postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(7236501)")
                                                       : QString();
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

int Dialect::maxBoundValues() const
{
    return m_backend == DatabaseUrl::Backend::Sqlite ? 32766 : 65535;
}
