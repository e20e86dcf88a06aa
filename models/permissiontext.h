#pragma once

#include <QCoreApplication>
#include <QString>

/// The user's words for the permission keys of the permissions table (migration 0008).
class PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(PermissionText)
public:
    /// The translated name of `key`; `fallback` (the table's description) for a key this build
    /// does not know.
    static QString name(const QString& key, const QString& fallback);
};
