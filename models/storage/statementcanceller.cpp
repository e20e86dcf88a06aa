#include "statementcanceller.h"

#include "database.h"

#include <QThreadPool>

#include <array>
#include <libpq-fe.h>
#include <sqlite3.h>

StatementCanceller::StatementCanceller(const Database& database)
    : m_sqlite(database.sqliteHandle())
{
    if (pg_conn* connection = database.postgresHandle())
        m_postgres.reset(PQgetCancel(connection), PQfreeCancel);
}

void StatementCanceller::cancel() const
{
    // Both are documented as safe from another thread: SQLite's interrupt only sets a flag the
    // running statement checks; libpq's cancel connects to the server anew, which takes a few
    // milliseconds the caller (the GUI thread) should not wait for. A request that cannot be
    // sent leaves the statement to finish: a count then only arrives late, and is dropped.
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_postgres)
        QThreadPool::globalInstance()->start([request = m_postgres] {
            std::array<char, 256> error {};
            PQcancel(request.get(), error.data(), int(error.size()));
        });
}
