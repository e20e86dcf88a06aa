#pragma once

#include "tablespec.h"

#include <QList>
#include <QString>

#include <utility>

class Database;

/// Keeps the tab counts and the trigram indexes of paged lists (TableSpec::countsTable and
/// ::searchTable) out of a bulk load on SQLite: suspend() drops the AFTER INSERT triggers that
/// keep them row by row, resume() counts and indexes the whole table in one pass each and
/// recreates the triggers. For a million rows the triggers cost ~17 s, the two passes ~5 s.
/// Both run inside the caller's transaction, so the triggers are never missing for another
/// connection. Does nothing on PostgreSQL, where COPY fires the triggers once per row anyway.
/// Throws StorageError.
class DerivedDataSuspension
{
public:
    DerivedDataSuspension(Database& database, QList<TableSpec> specs);

    void suspend();
    void resume();

private:
    static constexpr qint64 bulkHashSizeBytes = 256LL * 1024 * 1024;
    static constexpr qint64 defaultHashSizeBytes = 1024LL * 1024; ///< FTS5's own default

    Database& m_database;
    QList<TableSpec> m_specs;
    QList<std::pair<QString, QString>> m_droppedTriggers; ///< (name, CREATE statement)
};
