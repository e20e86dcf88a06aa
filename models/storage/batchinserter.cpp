#include "batchinserter.h"

#include "database.h"
#include "postgrescopy.h"
#include "query.h"
#include "sqliterowsource.h"
#include "storageerror.h"

#include <algorithm>
#include <atomic>
#include <sqlite3.h>

namespace {

/// Rows queued on SQLite before they move to the table in one statement: large enough that the
/// full-text index gets few segments, small enough that the queue stays a few MB.
constexpr int rowsPerSqliteBatch = 20000;
/// Rows per COPY on PostgreSQL: a few MB per round trip.
constexpr int rowsPerCopy = 10000;
/// PostgreSQL takes at most 65,535 bound values per statement.
constexpr int maximumBoundValues = 65535;

QString uniqueQueueName(const QString& table)
{
    static std::atomic<int> next {0};
    return QStringLiteral("queued_%1_%2").arg(table).arg(++next);
}

} // namespace

BatchInserter::BatchInserter(Database& database, const QString& table, const QStringList& columns)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
{
    if (database.dialect().backend() != DatabaseUrl::Backend::Sqlite) {
        if (underRowLevelSecurity())
            m_rowsPerInsert
                = std::clamp(maximumBoundValues / int(std::max<qsizetype>(columns.size(), 1)), 1, 100);
        else
            m_copy = std::make_unique<PostgresCopy>(database, table, columns);
        return;
    }
    m_queued = std::make_unique<SqliteRowSource>(database, uniqueQueueName(table), columns);
    // In the order they were added, so the rows get their rowids (and the full-text index its
    // entries) in that order.
    m_insertFromQueue = QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3")
                            .arg(m_table, m_columns.join(QStringLiteral(", ")), m_queued->name())
                            .toUtf8();
}

BatchInserter::~BatchInserter() = default;

void BatchInserter::add(std::span<const QVariant> row)
{
    if (qsizetype(row.size()) != m_columns.size())
        throw StorageError(QStringLiteral("%1: a row of %2 values for %3 columns")
                               .arg(m_table)
                               .arg(row.size())
                               .arg(m_columns.size()));
    if (m_copy) {
        m_copy->add(row);
        if (m_copy->pendingRows() == rowsPerCopy)
            writeQueued();
        return;
    }
    if (m_rowsPerInsert > 0) {
        m_pending.append(QVariantList(row.begin(), row.end()));
        if (m_pending.size() == m_rowsPerInsert * m_columns.size())
            writeQueued();
        return;
    }
    m_queued->add(row);
    if (m_queued->queuedRows() == rowsPerSqliteBatch)
        writeQueued();
}

bool BatchInserter::underRowLevelSecurity() const
{
    Query query(m_database,
                QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass(:table)"));
    query.bind(QStringLiteral(":table"), m_table).exec();
    return query.next() && query.value(0).toBool();
}

void BatchInserter::flush()
{
    writeQueued();
    m_database.awaitBackground();
}

void BatchInserter::writeQueued()
{
    if (m_copy ? m_copy->pendingRows() == 0
               : m_pending.isEmpty() && (!m_queued || m_queued->queuedRows() == 0))
        return;
    if (m_prerequisite)
        m_prerequisite->writeQueued();
    if (m_copy) {
        m_copy->send();
        return;
    }
    if (!m_pending.isEmpty()) {
        insertPending();
        return;
    }
    // This table's batch before must be written before its rows are dropped.
    m_database.awaitBackground(m_lastBatch);
    m_queued->seal();
    m_lastBatch = m_database.runInBackground([handle = m_database.sqliteHandle(), sql = m_insertFromQueue] {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return QString();
        QString error = QStringLiteral("exec failed: %1\nSQL: %2")
                            .arg(QString::fromUtf8(message), QString::fromUtf8(sql));
        sqlite3_free(message);
        return error;
    });
}

void BatchInserter::insertPending()
{
    const int rows = int(m_pending.size() / m_columns.size());
    const QStringList marks(m_columns.size(), QStringLiteral("?"));
    const QStringList tuples(rows, QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    const QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
              .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QLatin1Char(',')));
    // Full batches share one prepared statement; the last, shorter one gets its own.
    std::unique_ptr<Query> shorter;
    if (rows < m_rowsPerInsert)
        shorter = std::make_unique<Query>(m_database, sql);
    else if (!m_fullInsert)
        m_fullInsert = std::make_unique<Query>(m_database, sql);
    Query& statement = shorter ? *shorter : *m_fullInsert;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        statement.bind(int(i), m_pending.at(i));
    statement.exec();
    m_pending.clear();
}
