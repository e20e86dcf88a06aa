#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QStringList>

/// Creates or changes a custom role (SPEC 1: reviewer, clerk, delivery, entry, admin "and custom
/// ones"): its key, which also names its group role on a team server, its display name and the
/// permissions it grants. The built-in roles keep the grants the migrations give them.
struct SaveRole
{
    Q_DECLARE_TR_FUNCTIONS(SaveRole)
public:
    CommandHeader header;
    QString key;
    QString displayName;
    QStringList permissions; ///< keys of the permissions table

    static constexpr int maximumKeyLength = 24;
    static constexpr int maximumNameLength = 40;

    /// What can be checked without the database; field keys "key", "name" and "permissions".
    FieldErrors validate() const;
    /// The five roles of SPEC 1, and "user", the group every MarketDesk role belongs to.
    static bool isReservedKey(const QString& key);
};
