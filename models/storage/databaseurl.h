#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Names a database: `sqlite:PATH` for an embedded file, or
/// `postgresql://USER@HOST:PORT/DBNAME[?schema=NAME]` for a shared server. A password is never part
/// of the URL: it comes the libpq way (PGPASSWORD, ~/.pgpass) or from a prompt.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Backend { Sqlite, Postgres };
    /// Returns nothing and sets `error` (translated) when the text is not a database URL.
    static std::optional<DatabaseUrl> parse(const QString& text, QString* error = nullptr);
    static DatabaseUrl sqliteFile(const QString& path);
    /// Whether `name` may name a PostgreSQL schema here: letters, digits and _, not starting with
    /// a digit (so that it needs no quoting).
    static bool isSchemaName(const QString& name);

    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    /// PostgreSQL schema the tables live in; empty for the server's default search path.
    QString schema() const { return m_schema; }

    /// The canonical text form, which parse() reads back unchanged.
    QString toString() const;

    friend bool operator==(const DatabaseUrl&, const DatabaseUrl&) = default;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_schema;
};
