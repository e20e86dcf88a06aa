#include "sqlitebulkstatement.h"

#include "database.h"
#include "storageerror.h"

#include <QSqlDriver>

#include <sqlite3.h>

SqliteBulkStatement::SqliteBulkStatement(Database& database, const QString& sql)
    : m_sql(sql)
{
    const QVariant handle = database.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid())
        throw StorageError(QStringLiteral("The connection has no SQLite handle for: %1").arg(sql));
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        fail("prepare");
}

SqliteBulkStatement::~SqliteBulkStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteBulkStatement::insert(const QVariantList& row)
{
    for (int i = 0; i < row.size(); ++i) {
        const QVariant& value = row.at(i);
        const int position = i + 1;
        int result = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            result = sqlite3_bind_null(m_statement, position);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            result = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            result = sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
            break;
        }
        default: {
            // Kept alive until the step, so SQLite need not copy it.
            m_texts.append(value.toString().toUtf8());
            const QByteArray& text = m_texts.constLast();
            result
                = sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()), SQLITE_STATIC);
            break;
        }
        }
        if (result != SQLITE_OK)
            fail("bind");
    }
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    if (stepped != SQLITE_DONE)
        fail("insert");
}

void SqliteBulkStatement::fail(const char* what) const
{
    const QString message = QStringLiteral("%1 failed: %2\nSQL: %3")
                                .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_handle)), m_sql);
    if (m_statement)
        sqlite3_reset(m_statement);
    throw StorageError(message);
}
