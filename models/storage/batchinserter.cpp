#include "batchinserter.h"

#include "database.h"
#include "query.h"
#include "sqlitebulkstatement.h"
#include "storageerror.h"

#include <algorithm>

BatchInserter::BatchInserter(Database& database, const QString& table, const QStringList& columns)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(database.dialect().bulkInsertRows(int(columns.size())))
{
    if (database.dialect().backend() == DatabaseUrl::Backend::Sqlite)
        m_sqliteRow = std::make_unique<SqliteBulkStatement>(database, insertSql(1));
    else
        m_pending.reserve(m_rowsPerStatement * columns.size());
}

BatchInserter::~BatchInserter() = default;

QString BatchInserter::insertSql(int rows) const
{
    QStringList marks(m_columns.size(), QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList tuples(rows, tuple);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QLatin1Char(',')));
}

void BatchInserter::add(const QVariantList& row)
{
    if (row.size() != m_columns.size())
        throw StorageError(QStringLiteral("%1: a row of %2 values for %3 columns")
                               .arg(m_table)
                               .arg(row.size())
                               .arg(m_columns.size()));
    if (m_sqliteRow) {
        if (m_prerequisite)
            m_prerequisite->flush();
        m_sqliteRow->insert(row);
        return;
    }
    m_pending.append(row);
    if (m_pending.size() == m_rowsPerStatement * m_columns.size()) {
        if (!m_fullBatch)
            m_fullBatch = std::make_unique<Query>(m_database, insertSql(m_rowsPerStatement));
        write(*m_fullBatch, m_rowsPerStatement);
    }
}

void BatchInserter::flush()
{
    if (m_pending.isEmpty())
        return;
    Query rest(m_database, insertSql(int(m_pending.size() / m_columns.size())));
    write(rest, int(m_pending.size() / m_columns.size()));
}

void BatchInserter::write(Query& statement, int rows)
{
    if (m_prerequisite)
        m_prerequisite->flush();
    const int values = rows * int(m_columns.size());
    for (int i = 0; i < values; ++i)
        statement.bind(i, m_pending.at(i));
    statement.exec();
    m_pending.clear();
}
