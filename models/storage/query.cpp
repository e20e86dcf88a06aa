#include "query.h"

#include "database.h"
#include "storageerror.h"

#include <QSqlError>
#include <QStringList>

Query::Query(Database& database, const QString& sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query& Query::bind(int index, const QVariant& value)
{
    m_query.bindValue(index, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("exec"));
    return *this;
}

void Query::fail(const QString& what) const
{
    QStringList bound;
    const QVariantList values = m_query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        bound << QStringLiteral("%1=%2").arg(i + 1).arg(values.at(i).isNull() ? QStringLiteral("NULL")
                                                                                : values.at(i).toString());
    throw StorageError(QStringLiteral("%1 failed: %2\nSQL: %3\nbound: [%4]")
                           .arg(what, m_query.lastError().text(), m_sql, bound.join(QStringLiteral(", "))));
}
