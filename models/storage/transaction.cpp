#include "transaction.h"

#include "database.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_depth(database.transactionDepth() + 1)
{
    m_database.awaitBackground();
    if (m_depth == 1) {
        // The first statement of every write: after a server restart it reconnects, so the save
        // the user makes then goes through.
        QSqlQuery query(m_database.connection());
        if (!query.exec(m_database.dialect().beginTransaction())
            && !(m_database.restoreIfLost(query.lastError())
                 && QSqlQuery(m_database.connection()).exec(m_database.dialect().beginTransaction())))
            throw StorageError(QStringLiteral("BEGIN failed: ") + query.lastError().text(),
                               m_database.failureCause());
    } else {
        run(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    }
    m_database.setTransactionDepth(m_depth);
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // A failed background write of this transaction is part of what is rolled back; one of an
    // outer transaction is still that transaction's to report.
    if (m_depth == 1)
        m_database.abandonBackground();
    else
        m_database.finishBackground();
    QSqlQuery query(m_database.connection());
    if (m_depth == 1)
        query.exec(QStringLiteral("ROLLBACK"));
    else
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
    m_database.setTransactionDepth(m_depth - 1);
}

void Transaction::commit()
{
    run(m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    m_done = true;
    m_database.setTransactionDepth(m_depth - 1);
}

void Transaction::run(const QString& statement)
{
    m_database.awaitBackground();
    QSqlQuery query(m_database.connection());
    if (!query.exec(statement))
        throw StorageError(statement + QStringLiteral(" failed: ") + query.lastError().text(),
                           m_database.failureCause());
}
