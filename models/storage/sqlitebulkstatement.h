#pragma once

#include <QByteArrayList>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;
class Database;

/// A one-row INSERT prepared directly on the SQLite handle under Qt's connection. Binding through
/// QSqlQuery costs a name lookup per value; loading millions of rows this way is several times
/// faster. Only for bulk loads inside a Transaction on the same connection; throws StorageError.
class SqliteBulkStatement
{
public:
    SqliteBulkStatement(Database& database, const QString& sql);
    ~SqliteBulkStatement();
    SqliteBulkStatement(const SqliteBulkStatement&) = delete;
    SqliteBulkStatement& operator=(const SqliteBulkStatement&) = delete;

    /// Binds `row` (invalid QVariant → NULL, bool/integers → INTEGER, QByteArray → BLOB, anything
    /// else → TEXT) and runs the statement once.
    void insert(const QVariantList& row);

private:
    [[noreturn]] void fail(const char* what) const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    QByteArrayList m_texts;
};
