#pragma once

#include <memory>

struct pg_cancel;
struct sqlite3;
class Database;

/// Stops the statement running on one connection from another thread, e.g. a count the user's
/// next keystroke has made useless. Made on the connection's thread while it is open; cancel()
/// may be called from any thread as long as the connection stays open, and returns at once: on
/// PostgreSQL the request (which opens a connection of its own) goes from a pool thread. The
/// statement then fails with a StorageError; cancelling when nothing runs does nothing.
class StatementCanceller
{
public:
    explicit StatementCanceller(const Database& database);

    void cancel() const;

private:
    sqlite3* m_sqlite = nullptr;
    std::shared_ptr<pg_cancel> m_postgres; ///< shared with requests still on their way
};
