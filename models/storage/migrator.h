#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;

/// Brings a database's schema up to the newest migration this build carries.
///
/// Migrations are files named `NNNN_description.sql` in a folder (the embedded `:/migrations` in
/// the app), each beginning with a `-- min_compatible: N` line: the oldest schema version an app
/// must understand to use the database once this migration ran. Each migration runs in its own
/// transaction together with its row in `schema_version`, so a failure leaves the database as it
/// was before that migration. What one backend does differently (SQLite's FTS5 against
/// PostgreSQL's pg_trgm) goes into a pair `NNNN_description.sqlite.sql` and
/// `NNNN_description.postgresql.sql` under one number: each database reads its own.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Migration
    {
        int version = 0;
        int minCompatible = 0;
        QString name;
        QString sql;
    };
    struct Result
    {
        QString error; ///< translated; empty on success
        int fromVersion = 0;
        int toVersion = 0;
        bool ok() const { return error.isEmpty(); }
    };

    explicit Migrator(Database& database, const QString& folder = QStringLiteral(":/migrations"));

    /// The migrations found in the folder, by version; a malformed file name or header is an
    /// error in loadError().
    const QList<Migration>& migrations() const { return m_migrations; }
    QString loadError() const { return m_loadError; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }

    /// Before each migration the database still needs: (migrations done, migrations needed) →
    /// whether to go on. Stopping leaves the database at the last migration done; asked again
    /// after a migration failed, a closed gate says the failure was a cancel (a statement
    /// stopped by StatementCanceller).
    using StepGate = std::function<bool(int done, int needed)>;

    /// Applies every migration newer than the database's version, asking `beforeStep` first,
    /// when given. Refuses, changing nothing, for the reasons refusal() gives.
    Result migrate(const StepGate& beforeStep = {});

    /// The database's current version, 0 when it has no schema yet. Throws StorageError.
    int currentVersion();
    /// Why this MarketDesk must leave the database alone (translated), or empty when it may use
    /// it: a database holding tables but no schema_version belongs to another program (migrating
    /// it would mix MarketDesk's tables into that program's); one upgraded beyond what this build
    /// understands needs a newer MarketDesk. Writes nothing. Throws StorageError.
    QString refusal();

private:
    bool hasVersionTable();
    void load(const QString& folder);
    void ensureVersionTable();

    Database& m_database;
    QList<Migration> m_migrations;
    QString m_loadError;
};
