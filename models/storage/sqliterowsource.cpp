#include "sqliterowsource.h"

#include "database.h"
#include "storageerror.h"

#include <sqlite3.h>
#include <utility>

namespace {

/// The virtual table: SQLite's base struct first, as the interface requires.
struct RowTable
{
    sqlite3_vtab base;
    const SqliteRowSource* source;
};

struct RowCursor
{
    sqlite3_vtab_cursor base;
    const SqliteRowSource* source;
    qsizetype row;
};

QByteArray quotedIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

int connectTable(sqlite3* handle, void* source, int, const char* const*, sqlite3_vtab** table, char**)
{
    const auto* rows = static_cast<const SqliteRowSource*>(source);
    QByteArrayList columns;
    for (const QString& column : rows->columns())
        columns << quotedIdentifier(column);
    const QByteArray schema = "CREATE TABLE x(" + columns.join(", ") + ')';
    if (const int result = sqlite3_declare_vtab(handle, schema.constData()); result != SQLITE_OK)
        return result;
    auto* created = static_cast<RowTable*>(sqlite3_malloc(sizeof(RowTable)));
    if (!created)
        return SQLITE_NOMEM;
    *created = {};
    created->source = rows;
    *table = &created->base;
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    info->estimatedCost = 1000000;
    return SQLITE_OK;
}

int disconnectTable(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int openCursor(sqlite3_vtab* table, sqlite3_vtab_cursor** cursor)
{
    auto* opened = static_cast<RowCursor*>(sqlite3_malloc(sizeof(RowCursor)));
    if (!opened)
        return SQLITE_NOMEM;
    *opened = {};
    opened->source = reinterpret_cast<RowTable*>(table)->source;
    *cursor = &opened->base;
    return SQLITE_OK;
}

int closeCursor(sqlite3_vtab_cursor* cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**)
{
    reinterpret_cast<RowCursor*>(cursor)->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    ++reinterpret_cast<RowCursor*>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const auto* at = reinterpret_cast<RowCursor*>(cursor);
    return at->row >= at->source->rowCount() ? 1 : 0;
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    const auto* at = reinterpret_cast<RowCursor*>(cursor);
    const SqliteRowSource::Cell& cell = at->source->cell(at->row, index);
    // The bytes stay put until the next seal(), which waits for the statement to end.
    switch (cell.kind) {
    case SqliteRowSource::Cell::Kind::Null:
        sqlite3_result_null(context);
        break;
    case SqliteRowSource::Cell::Kind::Integer:
        sqlite3_result_int64(context, cell.integer);
        break;
    case SqliteRowSource::Cell::Kind::Text:
        sqlite3_result_text(context, at->source->bytes(cell), cell.size, SQLITE_STATIC);
        break;
    case SqliteRowSource::Cell::Kind::Blob:
        sqlite3_result_blob(context, at->source->bytes(cell), cell.size, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite_int64* id)
{
    *id = reinterpret_cast<RowCursor*>(cursor)->row + 1;
    return SQLITE_OK;
}

/// Eponymous-only (no xCreate): the table exists under the module's name on every connection
/// the module is registered on.
const sqlite3_module rowModule = {
    0,       nullptr, connectTable, bestIndex, disconnectTable, nullptr, openCursor, closeCursor,
    filter,  next,    eof,          column,    rowid,           nullptr, nullptr,    nullptr,
    nullptr, nullptr, nullptr,      nullptr,   nullptr,         nullptr, nullptr,    nullptr,
};

} // namespace

SqliteRowSource::SqliteRowSource(Database& database, const QString& name, const QStringList& columns)
    : m_database(database)
    , m_name(name)
    , m_columns(columns)
{
    database.finishBackground();
    m_handle = database.sqliteHandle();
    if (!m_handle || columns.isEmpty())
        throw StorageError(QStringLiteral("No SQLite handle for the row source %1").arg(name));
    if (sqlite3_create_module_v2(m_handle, name.toUtf8().constData(), &rowModule, this, nullptr) != SQLITE_OK)
        throw StorageError(QStringLiteral("The row source %1 could not be registered: %2")
                               .arg(name, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

SqliteRowSource::~SqliteRowSource()
{
    // Registering no module under the name drops it (and its eponymous table); a statement that
    // reads it on another thread must end first.
    m_database.finishBackground();
    sqlite3_create_module_v2(m_handle, m_name.toUtf8().constData(), nullptr, nullptr, nullptr);
}

void SqliteRowSource::add(std::span<const QVariant> row)
{
    for (const QVariant& value : row) {
        Cell cell;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            cell.kind = Cell::Kind::Integer;
            cell.integer = value.toLongLong();
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            cell = {Cell::Kind::Blob, m_queued.bytes.size(), int(bytes.size())};
            m_queued.bytes.append(bytes);
            break;
        }
        default: {
            // Encoded straight into the buffer: UTF-8 takes at most three bytes per UTF-16 unit.
            const QString text = value.typeId() == QMetaType::QString
                ? *static_cast<const QString*>(value.constData())
                : value.toString();
            QByteArray& bytes = m_queued.bytes;
            const qsizetype start = bytes.size();
            bytes.resize(start + text.size() * 3);
            const char* end = m_encoder.appendToBuffer(bytes.data() + start, text);
            bytes.resize(end - bytes.constData());
            cell = {Cell::Kind::Text, start, int(bytes.size() - start)};
            break;
        }
        }
        m_queued.cells.push_back(cell);
    }
}

void SqliteRowSource::seal()
{
    std::swap(m_sealed, m_queued);
    // Keeps the allocations for the next batch.
    m_queued.cells.clear();
    m_queued.bytes.resize(0);
}
