#pragma once

#include "commandheader.h"
#include "saverole.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// Turns a PostgreSQL database into a team server (issue 6): every MarketDesk role becomes a group
/// role, every MarketDesk user a login role, and row-level security with permission checks makes
/// the database itself refuse what a user may not do, whatever client the user connects with.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)
public:
    /// A new MarketDesk user with its own login role.
    struct NewUser
    {
        CommandHeader header; ///< who adds the user, when, and the command id
        QString userId;
        QString login; ///< also the login role's name: lower-case letters, digits and "_"
        QString roleKey; ///< reviewer, clerk, delivery, entry, admin or a custom role's key
        QString vendor; ///< a vendor's id or exact name; required for clerk and delivery staff
        QString password;
    };

    explicit ServerSetup(Database& database)
        : m_database(database)
    { }

    /// The prefix of the group roles: the database's name, plus the schema's when it is not
    /// "public", then "_" (e.g. "marketdesk_"). Role names are shared by the whole server.
    static QString rolePrefix(const QString& databaseName, const QString& schema);
    /// Creates the group roles of every MarketDesk role, makes the connected owner an
    /// administrator, and installs the grants, functions, triggers and policies, in one
    /// transaction. Needs the owner of the tables with CREATEROLE. A translated error, or empty.
    QString initServer();
    /// Creates the login role and the users row with its role, in one transaction with its audit
    /// row. A translated error naming the problem, or empty.
    QString addUser(const NewUser& user);
    /// Creates or changes a custom role (its roles row, its grants and its group role) in one
    /// transaction with its audit row. Needs users.manage, not CREATEROLE: the owner lends that
    /// through md_create_group. A translated error naming the problem, or empty.
    QString saveRole(const SaveRole& role);
    /// Whether --init-server was run on this database (always false on SQLite). Throws StorageError.
    bool isInstalled();

private:
    QString prefix();

    Database& m_database;
};
