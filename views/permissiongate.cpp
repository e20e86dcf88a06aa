#include "permissiongate.h"

#include <QAction>
#include <QWidget>

#include <optional>

namespace {

constexpr const char* property = "marketdeskPermission";

/// Nothing until apply(): everything is shown, as on the single-user SQLite file.
std::optional<Permissions>& current()
{
    static std::optional<Permissions> permissions;
    return permissions;
}

} // namespace

void PermissionGate::require(QObject* actionOrWidget, const QString& key)
{
    actionOrWidget->setProperty(property, key);
}

bool PermissionGate::allows(const QString& key)
{
    return !current() || current()->allows(key);
}

bool PermissionGate::allows(const QObject* object)
{
    const QVariant key = object->property(property);
    return !key.isValid() || allows(key.toString());
}

void PermissionGate::apply(QWidget* root, const Permissions& permissions)
{
    current() = permissions;
    const QList<QAction*> actions = root->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (!allows(action))
            action->setVisible(false);
    }
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!allows(widget))
            widget->setVisible(false);
    }
}

void PermissionGate::setVisible(QWidget* widget, bool visible)
{
    widget->setVisible(visible && allows(widget));
}
