#pragma once

#include "backgroundwriter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <initializer_list>
#include <memory>
#include <span>

class Database;
class PostgresCopy;
class Query;
class SqliteRowSource;

/// Inserts many rows into one table by the fastest path of the backend. On PostgreSQL rows are
/// sent in batches with COPY, or with multi-row INSERT statements into a table under row-level
/// security (which COPY FROM refuses). On SQLite rows are queued in memory (SqliteRowSource) and
/// move over with one INSERT … SELECT per batch: FTS5 flushes its pending terms to a new segment
/// at the end of every statement, so a table with a full-text trigger would pay a segment (and
/// merges) per row if rows came one statement at a time, and one statement keeps the table's
/// B-tree cursors where the last row went. That statement runs in the background
/// (Database::runInBackground) while the caller queues the next batch, so making rows and
/// writing them share the two halves of the time. Runs inside the caller's transaction; throws
/// StorageError, for a batch written in the background at the next statement on the connection.
class BatchInserter
{
public:
    BatchInserter(Database& database, const QString& table, const QStringList& columns);
    ~BatchInserter();
    BatchInserter(const BatchInserter&) = delete;
    BatchInserter& operator=(const BatchInserter&) = delete;

    /// Queues one row, one value per column; writes a batch when enough rows are queued.
    void add(const QVariantList& row) { add(std::span<const QVariant>(row.constData(), row.size())); }
    /// The same for a row written in place, without building a list first.
    void add(std::initializer_list<QVariant> row) { add(std::span<const QVariant>(row.begin(), row.size())); }
    void add(std::span<const QVariant> row);
    /// Writes the queued rows and waits until they are written. Call before commit.
    void flush();
    /// Rows of this table reference rows queued in `other`: flush `other` before each write.
    void setPrerequisite(BatchInserter* other) { m_prerequisite = other; }

private:
    bool underRowLevelSecurity() const;
    /// Starts writing the queued rows (and first those of the prerequisite).
    void writeQueued();
    void insertPending();

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    std::unique_ptr<PostgresCopy> m_copy;
    QVariantList m_pending; ///< rows for multi-row INSERT, value after value
    int m_rowsPerInsert = 0;
    std::unique_ptr<Query> m_fullInsert;
    std::unique_ptr<SqliteRowSource> m_queued;
    QByteArray m_insertFromQueue; ///< the INSERT … SELECT that moves a sealed batch
    BackgroundWriter::Ticket m_lastBatch = 0; ///< of the sealed batch being written
    BatchInserter* m_prerequisite = nullptr;
};
