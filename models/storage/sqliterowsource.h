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
/// writing it anywhere first. Values are converted when added: invalid QVariant → NULL,
/// bool/integers → INTEGER, QByteArray → BLOB, anything else → TEXT. Throws StorageError.
class SqliteRowSource
{
public:
    /// One value of a row.
    struct Cell
    {
        enum class Kind : unsigned char { Null, Integer, Text, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0; ///< the value, or for text and blobs where its bytes start
        int size = 0; ///< bytes of text or blob
    };

    SqliteRowSource(Database& database, const QString& name, const QStringList& columns);
    ~SqliteRowSource();
    SqliteRowSource(const SqliteRowSource&) = delete;
    SqliteRowSource& operator=(const SqliteRowSource&) = delete;

    const QString& name() const { return m_name; }
    const QStringList& columns() const { return m_columns; }
    /// Queues `row`, one value per column.
    void add(std::span<const QVariant> row);
    qsizetype rowCount() const { return qsizetype(m_cells.size()) / m_columns.size(); }
    const Cell& cell(qsizetype row, int column) const
    {
        return m_cells[std::size_t(row * m_columns.size() + column)];
    }
    const char* bytes(const Cell& cell) const { return m_bytes.constData() + cell.integer; }
    void clear();

private:
    sqlite3* m_handle = nullptr;
    QString m_name;
    QStringList m_columns;
    std::vector<Cell> m_cells; ///< row after row
    QByteArray m_bytes; ///< the UTF-8 texts and blobs the cells point into
    QStringEncoder m_encoder {QStringEncoder::Utf8};
};
