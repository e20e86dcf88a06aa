#include "permissionrepository.h"

#include "database.h"
#include "query.h"
#include "serversetup.h"

QSet<QString> PermissionRepository::granted()
{
    const bool checked = ServerSetup(m_database).isInstalled();
    Query query(m_database,
                checked ? QStringLiteral("SELECT key FROM permissions WHERE md_can(key)")
                        : QStringLiteral("SELECT key FROM permissions"));
    query.exec();
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

QString PermissionRepository::ownVendor()
{
    if (!ServerSetup(m_database).isInstalled())
        return {};
    Query query(m_database, QStringLiteral("SELECT COALESCE(md_vendor(), '')"));
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}
