#include "statementcanceller.h"

#include "database.h"

#include <array>
#include <libpq-fe.h>
#include <sqlite3.h>

StatementCanceller::StatementCanceller(const Database& database)
    : m_sqlite(database.sqliteHandle())
{
    if (pg_conn* connection = database.postgresHandle())
        m_postgres = PQgetCancel(connection);
}

StatementCanceller::~StatementCanceller()
{
    if (m_postgres)
        PQfreeCancel(m_postgres);
}

void StatementCanceller::cancel() const
{
    // Both are documented as safe from another thread: SQLite's interrupt only sets a flag the
    // running statement checks; libpq's cancel sends a request over a connection of its own.
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_postgres) {
        std::array<char, 256> error {};
        PQcancel(m_postgres, error.data(), int(error.size()));
    }
}
