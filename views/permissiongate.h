#pragma once

#include "permissions.h"

class QObject;
class QWidget;

/// Shows only what the user may do: an action or a widget is tagged with the permission it needs,
/// and apply() hides every tagged one under a window whose permission is not granted. A hidden
/// action cannot be triggered by its shortcut either. The database refuses the operation anyway;
/// this keeps the user from trying. The permissions are the process's: one user per app.
class PermissionGate
{
public:
    /// Tags `actionOrWidget` (a QAction or a QWidget) with the permission key it needs.
    static void require(QObject* actionOrWidget, const QString& key);
    /// Remembers `permissions` and hides every tagged action and widget under `root` they do not
    /// allow.
    static void apply(QWidget* root, const Permissions& permissions);
    /// Shows `widget` when `visible` and its tag (if any) is allowed; for widgets whose owner shows
    /// and hides them as the data changes.
    static void setVisible(QWidget* widget, bool visible);
    /// Whether the process's user may perform `key` (everything before apply()).
    static bool allows(const QString& key);

private:
    static bool allows(const QObject* object);
};
