#pragma once

struct pg_cancel;
struct sqlite3;
class Database;

/// Stops the statement running on one connection from another thread, e.g. a count the user's
/// next keystroke has made useless. Made on the connection's thread while it is open; cancel()
/// may be called from any thread as long as the connection stays open. The statement then fails
/// with a StorageError; cancelling when nothing runs does nothing.
class StatementCanceller
{
public:
    explicit StatementCanceller(const Database& database);
    ~StatementCanceller();
    StatementCanceller(const StatementCanceller&) = delete;
    StatementCanceller& operator=(const StatementCanceller&) = delete;

    void cancel() const;

private:
    sqlite3* m_sqlite = nullptr;
    pg_cancel* m_postgres = nullptr;
};
