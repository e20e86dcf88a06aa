#include "query.h"

#include "database.h"
#include "storageerror.h"

#include <QSqlError>
#include <QStringList>

Query::Query(Database& database, const QString& sql)
    : m_database(database)
    , m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    database.awaitBackground();
    if (!m_query.prepare(sql) && !recover())
        fail(QStringLiteral("prepare"));
}

bool Query::recover()
{
    if (!m_database.restoreIfLost(m_query.lastError()))
        return false;
    const QVariantList values = m_query.boundValues();
    m_query = QSqlQuery(m_database.connection());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(m_sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    return true;
}

namespace {

/// Drivers bind a null QString as SQL NULL; an empty text must stay an empty text. SQL NULL is
/// asked for with an invalid QVariant().
QVariant normalized(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, normalized(value));
    return *this;
}

Query& Query::bind(int index, const QVariant& value)
{
    m_query.bindValue(index, normalized(value));
    return *this;
}

void Query::execute(Database& database, const QString& sql)
{
    database.awaitBackground();
    QSqlQuery query(database.connection());
    if (!query.exec(sql)
        && !(database.restoreIfLost(query.lastError()) && QSqlQuery(database.connection()).exec(sql)))
        throw StorageError(QStringLiteral("exec failed: %1\nSQL: %2").arg(query.lastError().text(), sql),
                           database.failureCause());
}

Query& Query::exec()
{
    m_database.awaitBackground();
    if (!m_query.exec() && !(recover() && m_query.exec()))
        fail(QStringLiteral("exec"));
    return *this;
}

bool Query::next()
{
    // Reading on while a background write runs would use the connection from two threads.
    m_database.finishBackground();
    return m_query.next();
}

void Query::fail(const QString& what) const
{
    QStringList bound;
    const QVariantList values = m_query.boundValues();
    // Bulk statements carry thousands of values: the first few identify the row well enough.
    constexpr qsizetype shownValues = 24;
    for (qsizetype i = 0; i < values.size() && i < shownValues; ++i)
        bound << QStringLiteral("%1=%2").arg(i + 1).arg(values.at(i).isNull() ? QStringLiteral("NULL")
                                                                              : values.at(i).toString());
    if (values.size() > shownValues)
        bound << QStringLiteral("… (%1 values)").arg(values.size());
    const QString sql = m_sql.size() > 400 ? m_sql.left(400) + QStringLiteral(" …") : m_sql;
    throw StorageError(QStringLiteral("%1 failed: %2\nSQL: %3\nbound: [%4]")
                           .arg(what, m_query.lastError().text(), sql, bound.join(QStringLiteral(", "))),
                       m_database.failureCause());
}
