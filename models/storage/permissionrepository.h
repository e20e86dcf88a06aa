#pragma once

#include <QSet>
#include <QString>

class Database;

/// The operations the connected user may perform (SPEC 1). On a team server set up with
/// --init-server the database answers through its own permission check, the one its policies
/// use; on the single-user SQLite file, and on a server not set up, every operation is allowed.
class PermissionRepository
{
public:
    explicit PermissionRepository(Database& database)
        : m_database(database)
    { }

    /// The permission keys granted, e.g. "invoice.issue". Throws StorageError.
    QSet<QString> granted();
    /// The vendor the connected user belongs to; empty for marketplace staff. Throws StorageError.
    QString ownVendor();

private:
    Database& m_database;
};
