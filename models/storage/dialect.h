#pragma once

#include "databaseurl.h"

#include <QString>
#include <QStringList>

/// Every SQL difference between SQLite and PostgreSQL lives here, so no other class asks which
/// backend it talks to.
class Dialect
{
public:
    explicit Dialect(DatabaseUrl::Backend backend)
        : m_backend(backend)
    { }

    DatabaseUrl::Backend backend() const { return m_backend; }
    /// Replaces the portable placeholders of a migration: {BLOB} → BLOB | BYTEA.
    QString expand(const QString& sql) const;
    /// Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE) so two
    /// writers never deadlock upgrading a read lock.
    QString beginTransaction() const;
    /// Statement serialising concurrent migrators inside their transaction; empty when the
    /// transaction's own lock does it.
    QString migrationLock() const;
    /// What ends a SELECT that reads rows the transaction is about to change on their strength
    /// (" FOR UPDATE" on PostgreSQL); empty on SQLite, whose write transaction already excludes
    /// every other writer. With `table`, only that table's rows are locked (" FOR UPDATE OF table"),
    /// which an outer join needs.
    QString lockRows(const QString& table = {}) const;
    /// A subquery whose rows are the texts of the JSON array bound to `placeholder`: one statement
    /// looks up a whole batch of keys (`WHERE key IN (<this>)`) instead of one round trip per key.
    QString jsonTextList(const QString& placeholder) const;
    /// Case-insensitive substring operator for `expr <op> :pattern ESCAPE '\'`.
    QString containsOperator() const;
    /// Escapes %, _ and \ and wraps the text in % for containsOperator().
    static QString containsPattern(const QString& text);
    /// Shortest search an FTS5 trigram table can answer.
    static constexpr int trigramMinimum = 3;
    /// A condition limiting `rowidExpression` to the rows whose FTS5 trigram table `searchTable`
    /// contains the text bound to `placeholder` (see trigramPhrase()); empty on PostgreSQL, where a
    /// trigram index serves containsOperator() itself.
    QString trigramMatch(const QString& searchTable, const QString& rowidExpression,
                         const QString& placeholder) const;
    /// The text as one FTS5 phrase: a substring search for the trigram tokenizer.
    static QString trigramPhrase(const QString& text);
    /// A statement folding the change rows of a counts table (see TableSpec::countsTable) into one
    /// row per vendor and status, dropping zeros; empty where the triggers keep one row per status
    /// already (SQLite).
    QString foldCountsStatement(const QString& countsTable) const;
    /// Statements that fold a counts table like foldCountsStatement() into a table of its own size,
    /// for a bulk load that holds the database alone: a fold deletes the change rows, and the table
    /// keeps their space (a million demo rows left 650,000 change rows, 57 MB, and every sum of the
    /// tab counts read all of it: 24 ms instead of 3). Empty on SQLite.
    QStringList rebuildCountsStatements(const QString& countsTable) const;
    /// Session settings for loading millions of rows in one transaction: SQLite keeps the whole
    /// working set of its B-trees in memory (1 GiB page cache) and leaves WAL mode for a rollback
    /// journal, which writes each new page once instead of into the WAL and again at the checkpoint
    /// (pages beyond the file's old end need no journal, so an interrupted load still rolls back).
    /// It also leaves foreign keys unchecked: the loader writes rows that reference each other
    /// consistently, and a check costs a B-tree search per reference (~5 s a million rows). For the
    /// same reason it leaves CHECK constraints unevaluated (another ~5 s: the requests' status and
    /// kinds are checked against lists); `PRAGMA quick_check` finds a row that breaks one. Its
    /// temporary storage goes to files (which the OS caches): only then does SQLite's sorter use
    /// helper threads (see indexBuildSettings()). Run outside a transaction (foreign keys, the journal
    /// and the temporary storage do not change inside one); afterBulkLoadSettings() goes back to the
    /// settings Database::open() made.
    QStringList bulkLoadSettings() const;
    QStringList afterBulkLoadSettings() const;
    /// Inside a bulk load, before CREATE INDEX: SQLite's sorter cuts its input into runs the size
    /// of the page cache and sorts them on helper threads. In 8 MB runs on two threads an index of
    /// a million requests builds in ~0.55 s; in one run of 1 GiB it took ~1.75 s.
    QStringList indexBuildSettings() const;
    /// Session settings for a large write into a full database (an import), and back: on SQLite
    /// 256 MB of page cache instead of 2 MB, since a write to a million-row queue touches 16
    /// indexes and with less each batch reads them back from the file (100,000 lines took ~4.2 s
    /// with 64 MB, ~3.7 s with 256 MB, no less with 1 GB). Only for the import's duration, so an
    /// open queue keeps its small footprint.
    QStringList largeWriteSettings() const;
    QStringList afterLargeWriteSettings() const;
    /// A query with one placeholder, :table, listing the table's secondary indexes as (name, CREATE
    /// statement): the ones a bulk load may drop and rebuild, never those behind a primary key or
    /// a UNIQUE constraint.
    QString secondaryIndexesQuery() const;
    /// A query with one placeholder, :table, whose one row says whether that table exists (in the
    /// connection's schema on PostgreSQL).
    QString tableExistsQuery() const;
    /// A query listing the names of the tables in the connection's schema (on SQLite, of the
    /// file, its own sqlite_ tables excepted), by name.
    QString tableNamesQuery() const;

private:
    DatabaseUrl::Backend m_backend;
};
