#pragma once

#include "database.h"

#include <QTemporaryDir>

#include <memory>

/// A new, empty database for one test on the backend the test row names: a SQLite file in a
/// temporary folder, or a schema of its own on the PostgreSQL server MARKETDESK_TEST_PG names
/// (dropped again afterwards). Without that variable PostgreSQL rows are skipped — unless
/// MARKETDESK_REQUIRE_PG is set, as ./test.sh does, when the missing server is a failure.
class FreshDatabase
{
public:
    /// Adds the global "backend" column with the rows "sqlite" and "postgresql".
    static void addBackendRows();
    /// Empty when the backend can be used; else why not (QSKIP or QFAIL it as isRequired() says).
    static QString unavailableReason(const QString& backend);
    static bool isRequired(const QString& backend);

    /// Opens (and, when `migrate`, migrates) a fresh database. Check error() after.
    explicit FreshDatabase(const QString& backend, bool migrate = true);
    ~FreshDatabase();

    Database& database() { return *m_database; }
    QString error() const { return m_error; }
    /// The URL of the same database, for a second connection.
    DatabaseUrl url() const;
    /// Stores a setting as an administrator saves it on the Settings page; false when refused.
    bool setSetting(const QString& key, qint64 value);
    /// A second connection to the same database: another client. Null, with a warning, when it
    /// cannot be opened.
    std::unique_ptr<Database> anotherClient();
    /// Fills the database with the demo data set of `orders` orders as of 2026-11-23 00:00 UTC;
    /// empty, or why it failed.
    QString writeDemoData(int orders);

private:
    QTemporaryDir m_folder;
    QString m_schema;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

/// Skips the test when `backend` cannot be used, or fails it when the backend is required (see
/// FreshDatabase::isRequired).
#define REQUIRE_BACKEND(backend)                                                                             \
    do {                                                                                                     \
        if (const QString reason = FreshDatabase::unavailableReason(backend); !reason.isEmpty()) {           \
            if (FreshDatabase::isRequired(backend))                                                          \
                QFAIL(qPrintable(reason));                                                                   \
            QSKIP(qPrintable(reason));                                                                       \
        }                                                                                                    \
    } while (false)

/// In a per-backend test's init(): opens `variable` as a FreshDatabase for the current global
/// row, skipping or failing the test when the backend is not there.
#define OPEN_FRESH_DATABASE(variable, ...)                                                                   \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, backend);                                                                     \
        REQUIRE_BACKEND(backend);                                                                            \
        variable = std::make_unique<FreshDatabase>(backend __VA_OPT__(, ) __VA_ARGS__);                      \
        QVERIFY2(variable->error().isEmpty(), qPrintable(variable->error()));                                \
    } while (false)
