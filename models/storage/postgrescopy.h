#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <span>

class Database;

/// Rows for one PostgreSQL table, sent with COPY … FROM STDIN on the connection under Qt's driver:
/// the text format costs the server far less than INSERT statements carrying the same rows. Rows
/// are encoded as they are added and sent as one COPY per send(), so other statements may run on
/// the connection between sends. Runs inside the caller's transaction; throws StorageError.
class PostgresCopy
{
public:
    PostgresCopy(Database& database, const QString& table, const QStringList& columns);

    /// Encodes one row, one value per column: an invalid QVariant is NULL, bool true/false,
    /// integers in decimal, QByteArray as bytea, anything else as its text.
    void add(std::span<const QVariant> row);
    int pendingRows() const { return m_rows; }
    /// Sends the encoded rows in one COPY; nothing when none are pending.
    void send();

    /// The COPY text-format form of one value (without the row's tab or newline).
    static QByteArray encode(const QVariant& value);

private:
    [[noreturn]] void fail(const QString& what) const;

    Database& m_database;
    QString m_sql;
    QByteArray m_buffer;
    int m_rows = 0;
};
