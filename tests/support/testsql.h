#pragma once

#include <QStringList>

class Database;

/// SQL shortcuts for tests that check the database directly.
class TestSql
{
public:
    /// The first column of the first row of `sql`, as text; empty when there is no row. Throws
    /// StorageError.
    static QString scalar(Database& database, const QString& sql);
    /// The first column of every row of `sql`, as text. Throws StorageError.
    static QStringList column(Database& database, const QString& sql);
};
