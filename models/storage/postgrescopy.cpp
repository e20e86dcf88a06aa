#include "postgrescopy.h"

#include "database.h"
#include "query.h"
#include "storageerror.h"

#include <libpq-fe.h>
#include <memory>

namespace {

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

PGconn* handleOf(Database& database)
{
    PGconn* handle = database.postgresHandle();
    if (!handle)
        throw StorageError(QStringLiteral("The connection has no PostgreSQL handle for COPY."));
    return handle;
}

} // namespace

PostgresCopy::PostgresCopy(Database& database, const QString& table, const QStringList& columns)
    : m_database(database)
    , m_sql(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))))
{ }

QByteArray PostgresCopy::encode(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QByteArrayLiteral("\\N");
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::QByteArray:
        // bytea's hex form, its backslash doubled for the COPY text format.
        return QByteArrayLiteral("\\\\x") + value.toByteArray().toHex();
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    QByteArray escaped;
    escaped.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case '\t':
            escaped += "\\t";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            escaped += "\\r";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

void PostgresCopy::add(std::span<const QVariant> row)
{
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        m_buffer += encode(row[i]);
    }
    m_buffer += '\n';
    ++m_rows;
}

void PostgresCopy::send()
{
    if (m_rows == 0)
        return;
    // A forward-only query of Qt's driver may still hold the connection (single-row mode); a
    // statement Qt runs to its end hands the connection over idle.
    Query::execute(m_database, QStringLiteral("SELECT 1"));
    PGconn* connection = handleOf(m_database);
    const QByteArray sql = m_sql.toUtf8();
    Result started(PQexec(connection, sql.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        fail(QString::fromUtf8(PQresultErrorMessage(started.get())));
    const bool sent = PQputCopyData(connection, m_buffer.constData(), int(m_buffer.size())) == 1;
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "sending the rows failed") == 1;
    QString error;
    while (Result result {PQgetResult(connection)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result.get()));
    }
    if (!sent || !ended || !error.isEmpty())
        fail(error.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : error);
    m_buffer.clear();
    m_rows = 0;
}

void PostgresCopy::fail(const QString& what) const
{
    throw StorageError(QStringLiteral("%1\nSQL: %2").arg(what.trimmed(), m_sql));
}
