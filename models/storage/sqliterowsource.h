#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QVariantList>

#include <span>
#include <vector>

struct sqlite3;
class Database;

/// Rows held in memory that SQLite statements read as a table: an eponymous virtual table,
/// registered on the connection's handle under a name of its own, with the given columns.
/// `INSERT INTO t (…) SELECT … FROM name` then moves a whole batch in one statement without
/// writing it anywhere first. Rows are queued with add() and shown by the table from seal() on,
/// so the next batch can be queued while a statement reads the last one on another thread.
/// Values are converted when added: invalid QVariant → NULL, bool/integers → INTEGER,
/// QByteArray → BLOB, anything else → TEXT. Throws StorageError.
class SqliteRowSource
{
public:
    /// One value of a row.
    struct Cell
    {
        enum class Kind : unsigned char { Null, Integer, Text, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0; ///< the value, or for texts and blobs where their bytes start
        int size = 0; ///< bytes of text or blob
    };
    /// Rows, value after value.
    struct Batch
    {
        std::vector<Cell> cells;
        QByteArray bytes; ///< the UTF-8 texts and blobs the cells point into
    };

    SqliteRowSource(Database& database, const QString& name, const QStringList& columns);
    ~SqliteRowSource();
    SqliteRowSource(const SqliteRowSource&) = delete;
    SqliteRowSource& operator=(const SqliteRowSource&) = delete;

    const QString& name() const { return m_name; }
    const QStringList& columns() const { return m_columns; }
    /// Queues `row`, one value per column.
    void add(std::span<const QVariant> row);
    /// Rows queued since the last seal().
    qsizetype queuedRows() const { return rowsOf(m_queued); }
    /// The queued rows become the table's rows (the previous ones are dropped) and the queue
    /// starts empty. Only while no statement reads the table.
    void seal();

    /// The table's rows, for the virtual table.
    qsizetype rowCount() const { return rowsOf(m_sealed); }
    const Cell& cell(qsizetype row, int column) const
    {
        return m_sealed.cells[std::size_t(row * m_columns.size() + column)];
    }
    const char* bytes(const Cell& cell) const { return m_sealed.bytes.constData() + cell.integer; }

private:
    qsizetype rowsOf(const Batch& batch) const { return qsizetype(batch.cells.size()) / m_columns.size(); }

    Database& m_database;
    sqlite3* m_handle = nullptr;
    QString m_name;
    QStringList m_columns;
    Batch m_queued;
    Batch m_sealed;
    QStringEncoder m_encoder {QStringEncoder::Utf8};
};
