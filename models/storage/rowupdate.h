#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class Database;

/// The optimistic UPDATE every service makes: some columns of one row, only while the row is still
/// at the version the user saw; the version is bumped and updated_at set. Throws StorageError.
class RowUpdate
{
public:
    using Columns = QList<std::pair<QString, QVariant>>;

    /// Returns whether the row was still at `baseVersion` (false: someone else changed it, nothing
    /// was written). `extraAssignments` is SQL appended as is, e.g. "step_count = step_count + 1".
    static bool apply(Database& database, const QString& table, const QString& id, int baseVersion,
                      qint64 atMs, const Columns& columns, const QString& extraAssignments = {});
    /// INSERTs one row of `columns` into `table`. Throws StorageError.
    static void insert(Database& database, const QString& table, const Columns& columns);
};
