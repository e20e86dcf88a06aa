#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class Database;
class Query;

/// Inserts many rows into one table with multi-row INSERT statements (one round trip per batch),
/// the fastest portable bulk path on both backends. Runs inside the caller's transaction; throws
/// StorageError.
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

private:
    QString insertSql(int rows) const;
    void write(Query& statement, int rows);

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    std::unique_ptr<Query> m_fullBatch;
};
