#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Database;

/// A prepared, forward-only statement. Every failure throws StorageError naming the SQL and the
/// values bound to it. Outside a transaction, a statement that fails because the server connection
/// was lost (server restart, network drop) is run once more on a new connection.
class Query
{
public:
    /// Prepares `sql` on `database`; throws when it does not prepare.
    Query(Database& database, const QString& sql);

    /// Runs a statement without preparing it: DDL and session settings, which PostgreSQL cannot
    /// prepare, and migration scripts. Throws StorageError naming the SQL.
    static void execute(Database& database, const QString& sql);

    /// Binds a named placeholder (":name"). An invalid QVariant() binds SQL NULL; any QString, even a
    /// null one, binds text.
    Query& bind(const QString& placeholder, const QVariant& value);
    /// Binds the `index`-th (0-based) positional placeholder ("?"); the fast path for bulk inserts.
    Query& bind(int index, const QVariant& value);
    /// Runs the statement; throws on failure. May be called again after new binds.
    Query& exec();
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    [[noreturn]] void fail(const QString& what) const;
    /// After a failure: reconnects when the connection was lost and prepares the statement again
    /// with the same values bound; false when the failure was the statement's own.
    bool recover();

    Database& m_database;
    QSqlQuery m_query;
    QString m_sql;
};
