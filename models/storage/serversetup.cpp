#include "serversetup.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "sqlscript.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace {

/// PostgreSQL keeps 63 bytes of a name; logins keep room below that.
bool isRoleName(const QString& name, int maximumLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return name.size() <= maximumLength && pattern.match(name).hasMatch();
}

/// Runs a statement the server composed with format(), so names and passwords are quoted by
/// PostgreSQL itself (%I, %L) rather than pasted into SQL.
void executeFormatted(Database& database, const QString& format, const QStringList& arguments)
{
    QString call = QStringLiteral("SELECT format(CAST(:format AS text)");
    for (qsizetype i = 0; i < arguments.size(); ++i)
        call += QStringLiteral(", CAST(:a%1 AS text)").arg(i);
    Query compose(database, call + QLatin1Char(')'));
    compose.bind(QStringLiteral(":format"), format);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        compose.bind(QStringLiteral(":a%1").arg(i), arguments.at(i));
    compose.exec();
    compose.next();
    Query::execute(database, compose.value(0).toString());
}

bool roleExists(Database& database, const QString& name)
{
    Query query(database, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :name"));
    query.bind(QStringLiteral(":name"), name).exec();
    return query.next();
}

} // namespace

QString ServerSetup::rolePrefix(const QString& databaseName, const QString& schema)
{
    QString prefix = databaseName.toLower();
    if (!schema.isEmpty() && schema != QStringLiteral("public"))
        prefix += QLatin1Char('_') + schema.toLower();
    return prefix + QLatin1Char('_');
}

QString ServerSetup::prefix()
{
    Query query(m_database, QStringLiteral("SELECT current_database(), current_schema()"));
    query.exec();
    query.next();
    return rolePrefix(query.value(0).toString(), query.value(1).toString());
}

bool ServerSetup::isInstalled()
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres)
        return false;
    Query query(m_database,
                QStringLiteral("SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                               "WHERE p.proname = 'md_can' AND n.nspname = current_schema()"));
    query.exec();
    return query.next();
}

QString ServerSetup::initServer()
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres)
        return tr(
            "--init-server sets up a PostgreSQL server; the embedded SQLite file is a single-user database.");
    QFile file(QStringLiteral(":/server/postgresql_security.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The server setup script is missing from this build.");
    const QString script = QString::fromUtf8(file.readAll());
    try {
        Transaction transaction(m_database);
        const QString rolePrefix = prefix();
        Query schemaQuery(m_database, QStringLiteral("SELECT current_schema()"));
        schemaQuery.exec();
        schemaQuery.next();
        const QString schema = schemaQuery.value(0).toString();
        const QString userGroup = rolePrefix + QStringLiteral("user");
        if (!isRoleName(userGroup + QStringLiteral("_longest_role"), 63))
            return tr("The role prefix %1 is too long for PostgreSQL role names.").arg(rolePrefix);
        if (!roleExists(m_database, userGroup))
            executeFormatted(m_database, QStringLiteral("CREATE ROLE %I NOLOGIN"), {userGroup});
        Query roles(m_database, QStringLiteral("SELECT key FROM roles ORDER BY key"));
        roles.exec();
        QStringList keys;
        while (roles.next())
            keys << roles.value(0).toString();
        for (const QString& key : std::as_const(keys)) {
            const QString group = rolePrefix + key;
            if (!roleExists(m_database, group))
                executeFormatted(m_database, QStringLiteral("CREATE ROLE %I NOLOGIN"), {group});
            executeFormatted(m_database, QStringLiteral("GRANT %I TO %I"), {userGroup, group});
        }
        executeFormatted(m_database, QStringLiteral("GRANT %I TO CURRENT_USER"),
                         {rolePrefix + QStringLiteral("admin")});
        QString body = script;
        body.replace(QStringLiteral("{s}"), schema).replace(QStringLiteral("{p}"), rolePrefix);
        for (const QString& statement : SqlScript::split(body))
            Query::execute(m_database, statement);
        transaction.commit();
    } catch (const StorageError& error) {
        return tr("The server could not be set up: %1").arg(error.message());
    }
    return {};
}

QString ServerSetup::addUser(const NewUser& user)
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres)
        return tr("Users are added on a PostgreSQL team server; the embedded SQLite file has a single user.");
    if (!isRoleName(user.login, 48))
        return tr("The user name \"%1\" must be 1 to 48 lower-case letters, digits or underscores, not "
                  "starting "
                  "with a digit.")
            .arg(user.login);
    if (user.password.size() < 8)
        return tr("The password needs at least 8 characters.");
    try {
        if (!isInstalled())
            return tr("Run --init-server on this database first.");
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        Query role(m_database, QStringLiteral("SELECT id FROM roles WHERE key = :key"));
        role.bind(QStringLiteral(":key"), user.roleKey).exec();
        if (!role.next())
            return tr("There is no role \"%1\".").arg(user.roleKey);
        const QString roleId = role.value(0).toString();
        QVariant vendorId;
        if (!user.vendor.isEmpty()) {
            Query vendor(m_database,
                         QStringLiteral("SELECT id FROM vendors WHERE id = :vendor OR name = :vendor"));
            vendor.bind(QStringLiteral(":vendor"), user.vendor).exec();
            if (!vendor.next())
                return tr("There is no vendor with the ID or name \"%1\".").arg(user.vendor);
            vendorId = vendor.value(0).toString();
            if (vendor.next())
                return tr("Several vendors are named \"%1\"; give the vendor's ID.").arg(user.vendor);
        }
        const bool vendorStaff
            = user.roleKey == QStringLiteral("clerk") || user.roleKey == QStringLiteral("delivery");
        const bool platformStaff
            = user.roleKey == QStringLiteral("reviewer") || user.roleKey == QStringLiteral("admin");
        if (vendorStaff && vendorId.isNull())
            return tr("A %1 belongs to one vendor: give --vendor.").arg(user.roleKey);
        if (platformStaff && !vendorId.isNull())
            return tr("A %1 is marketplace staff and belongs to no vendor.").arg(user.roleKey);
        if (roleExists(m_database, user.login))
            return tr("A login role named \"%1\" already exists on this server.").arg(user.login);

        Query createLogin(m_database, QStringLiteral("SELECT md_create_login(:login, :password, :role)"));
        createLogin.bind(QStringLiteral(":login"), user.login)
            .bind(QStringLiteral(":password"), user.password)
            .bind(QStringLiteral(":role"), user.roleKey)
            .exec();
        const qint64 at = user.header.at.toMSecsSinceEpoch();
        Query insert(m_database,
                     QStringLiteral("INSERT INTO users (id, login, display_name, vendor_id, created_at) "
                                    "VALUES (:id, :login, :login, :vendor, :at)"));
        insert.bind(QStringLiteral(":id"), user.userId)
            .bind(QStringLiteral(":login"), user.login)
            .bind(QStringLiteral(":vendor"), vendorId)
            .bind(QStringLiteral(":at"), at)
            .exec();
        Query grant(m_database,
                    QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (:user, :role)"));
        grant.bind(QStringLiteral(":user"), user.userId).bind(QStringLiteral(":role"), roleId).exec();
        journal.audit("user.add", user.header, QStringLiteral("user"), user.userId, QStringLiteral("create"),
                      {},
                      {{QStringLiteral("login"), user.login},
                       {QStringLiteral("role"), user.roleKey},
                       {QStringLiteral("vendor_id"), vendorId.toString()}});
        transaction.commit();
    } catch (const StorageError& error) {
        return tr("The user could not be added: %1").arg(error.message());
    }
    return {};
}

QString ServerSetup::saveRole(const SaveRole& role)
{
    if (m_database.url().backend() != DatabaseUrl::Backend::Postgres)
        return tr("Roles are kept on a PostgreSQL team server; the embedded SQLite file has a single user.");
    if (const FieldErrors errors = role.validate(); !errors.isEmpty())
        return errors.first().message;
    try {
        if (!isInstalled())
            return tr("Run --init-server on this database first.");
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        Query known(m_database, QStringLiteral("SELECT key FROM permissions"));
        known.exec();
        QStringList permissionKeys;
        while (known.next())
            permissionKeys << known.value(0).toString();
        for (const QString& permission : role.permissions) {
            if (!permissionKeys.contains(permission))
                return tr("There is no permission \"%1\".").arg(permission);
        }
        Query existing(m_database, QStringLiteral("SELECT id, name FROM roles WHERE key = :key"));
        existing.bind(QStringLiteral(":key"), role.key).exec();
        QJsonObject before;
        QString roleId;
        if (existing.next()) {
            roleId = existing.value(0).toString();
            Query granted(m_database,
                          QStringLiteral("SELECT permission_key FROM role_permissions "
                                         "WHERE role_id = :id ORDER BY permission_key"));
            granted.bind(QStringLiteral(":id"), roleId).exec();
            QStringList grantedKeys;
            while (granted.next())
                grantedKeys << granted.value(0).toString();
            before = {{QStringLiteral("name"), existing.value(1).toString()},
                      {QStringLiteral("permissions"), QJsonArray::fromStringList(grantedKeys)}};
            Query rename(
                m_database,
                QStringLiteral("UPDATE roles SET name = :name, version = version + 1 WHERE id = :id"));
            rename.bind(QStringLiteral(":name"), role.displayName.trimmed())
                .bind(QStringLiteral(":id"), roleId)
                .exec();
            Query revoke(m_database, QStringLiteral("DELETE FROM role_permissions WHERE role_id = :id"));
            revoke.bind(QStringLiteral(":id"), roleId).exec();
        } else {
            roleId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
            Query insert(m_database,
                         QStringLiteral("INSERT INTO roles (id, key, name) VALUES (:id, :key, :name)"));
            insert.bind(QStringLiteral(":id"), roleId)
                .bind(QStringLiteral(":key"), role.key)
                .bind(QStringLiteral(":name"), role.displayName.trimmed())
                .exec();
        }
        Query group(m_database, QStringLiteral("SELECT md_create_group(:key)"));
        group.bind(QStringLiteral(":key"), role.key).exec();
        QStringList permissions = role.permissions;
        permissions.sort();
        permissions.removeDuplicates();
        for (const QString& permission : std::as_const(permissions)) {
            Query grant(m_database,
                        QStringLiteral("INSERT INTO role_permissions (role_id, permission_key) "
                                       "VALUES (:role, :permission)"));
            grant.bind(QStringLiteral(":role"), roleId)
                .bind(QStringLiteral(":permission"), permission)
                .exec();
        }
        journal.audit("role.save", role.header, QStringLiteral("role"), roleId,
                      before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"), before,
                      {{QStringLiteral("key"), role.key},
                       {QStringLiteral("name"), role.displayName.trimmed()},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
        transaction.commit();
    } catch (const StorageError& error) {
        return tr("The role could not be saved: %1").arg(error.message());
    }
    return {};
}
