#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class Database;
class Query;
class SqliteBulkStatement;

/// Inserts many rows into one table by the fastest path of the backend: multi-row INSERT statements
/// on PostgreSQL (one round trip per batch), a one-row statement on the raw handle for SQLite.
/// Runs inside the caller's transaction; throws StorageError.
class BatchInserter
{
public:
    BatchInserter(Database& database, const QString& table, const QStringList& columns);
    ~BatchInserter();
    BatchInserter(const BatchInserter&) = delete;
    BatchInserter& operator=(const BatchInserter&) = delete;

    /// Queues one row, one value per column; writes a batch when enough rows are queued.
    void add(const QVariantList& row);
    /// Writes the queued rows. Call before commit.
    void flush();
    /// Rows of this table reference rows queued in `other`: flush `other` before each write.
    void setPrerequisite(BatchInserter* other) { m_prerequisite = other; }

private:
    QString insertSql(int rows) const;
    void write(Query& statement, int rows);

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    std::unique_ptr<Query> m_fullBatch;
    std::unique_ptr<SqliteBulkStatement> m_sqliteRow;
    BatchInserter* m_prerequisite = nullptr;
};
