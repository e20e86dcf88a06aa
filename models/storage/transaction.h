#pragma once

#include <QString>

class Database;

/// RAII transaction: rolls back unless commit() ran. Nesting-aware: the outermost one is a real
/// transaction, inner ones are savepoints, so a service may call another service's steps.
class Transaction
{
public:
    /// Begins; throws StorageError when the database refuses.
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Commits (or releases the savepoint); throws StorageError on failure, after which the
    /// destructor still rolls back.
    void commit();

private:
    void run(const QString& statement);

    Database& m_database;
    int m_depth = 0; ///< 1 for the outermost
    bool m_done = false;
};
