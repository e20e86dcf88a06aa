#include "userspage.h"

#include "adduserdialog.h"
#include "database.h"
#include "domaintext.h"
#include "permissiongate.h"
#include "permissiontext.h"
#include "query.h"
#include "roledialog.h"
#include "saverole.h"
#include "serversetup.h"
#include "storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum RoleColumn { RoleKey, RoleName, RoleUsers, RolePermissions };

QTableWidget* createTable(const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget* tabWith(QPushButton* first, QPushButton* second, QTableWidget* table)
{
    auto* tab = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(first);
    if (second)
        buttons->addWidget(second);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    return tab;
}

} // namespace

UsersPage::UsersPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_note(new QLabel)
    , m_add(new QPushButton(tr("&Add user…")))
    , m_table(createTable({tr("User"), tr("Roles"), tr("Vendor"), tr("Added at")}))
    , m_newRole(new QPushButton(tr("&New role…")))
    , m_editRole(new QPushButton(tr("&Edit role…")))
    , m_roles(createTable({tr("Key"), tr("Role"), tr("Users"), tr("Permissions")}))
{
    m_note->setWordWrap(true);
    for (QPushButton* button : {m_add, m_newRole, m_editRole})
        PermissionGate::require(button, QLatin1String(Permissions::usersManage));
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_newRole, &QPushButton::clicked, this, [this] { editRole(true); });
    connect(m_editRole, &QPushButton::clicked, this, [this] { editRole(false); });
    connect(m_roles, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateRoleButtons);
    connect(m_roles, &QTableWidget::doubleClicked, this, [this] {
        if (m_editRole->isEnabled())
            editRole(false);
    });
    m_roles->setWordWrap(true);
    auto* tabs = new QTabWidget;
    tabs->addTab(tabWith(m_add, nullptr, m_table), tr("&Users"));
    tabs->addTab(tabWith(m_newRole, m_editRole, m_roles), tr("&Roles"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(tabs, 1);
    reload();
}

void UsersPage::reload()
{
    m_table->setRowCount(0);
    m_server = false;
    try {
        m_server = ServerSetup(m_database).isInstalled();
        // One row per user and role, in login order: a user's roles are consecutive rows.
        Query users(m_database,
                    QStringLiteral("SELECT u.id, u.login, COALESCE(v.name, ''), u.created_at, r.name "
                                   "FROM users u LEFT JOIN vendors v ON v.id = u.vendor_id "
                                   "LEFT JOIN user_roles ur ON ur.user_id = u.id "
                                   "LEFT JOIN roles r ON r.id = ur.role_id ORDER BY u.login, u.id, r.name"));
        users.exec();
        QString userId;
        QStringList roles;
        const auto showRoles = [this, &roles] {
            if (m_table->rowCount() > 0)
                m_table->setItem(m_table->rowCount() - 1, 1,
                                 new QTableWidgetItem(QLocale().createSeparatedList(roles)));
            roles.clear();
        };
        while (users.next()) {
            if (users.value(0).toString() != userId) {
                showRoles();
                userId = users.value(0).toString();
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(users.value(1).toString()));
                m_table->setItem(row, 2, new QTableWidgetItem(users.value(2).toString()));
                m_table->setItem(row, 3,
                                 new QTableWidgetItem(DomainText::localTime(users.value(3).toLongLong())));
            }
            if (!users.value(4).isNull())
                roles << users.value(4).toString();
        }
        showRoles();
        reloadRoles();
    } catch (const StorageError& error) {
        m_note->setText(error.userMessage());
        return;
    }
    m_add->setEnabled(m_server);
    m_newRole->setEnabled(m_server);
    updateRoleButtons();
    m_note->setText(m_server
                        ? tr("Each user logs in to the server as themselves; what they may do follows their "
                             "roles, and vendor staff see only their own vendor.")
                        : m_database.url().backend() == DatabaseUrl::Backend::Sqlite
                        ? tr("This is the single-user embedded database: there are no other users to add.")
                        : tr("This server is not set up for a team yet: run marketdesk --init-server as "
                             "the database's owner."));
    m_table->resizeColumnsToContents();
}

void UsersPage::reloadRoles()
{
    m_roles->setRowCount(0);
    Query roles(m_database,
                QStringLiteral("SELECT r.key, r.name, p.key, p.description, "
                               "(SELECT COUNT(*) FROM user_roles ur WHERE ur.role_id = r.id) "
                               "FROM roles r LEFT JOIN role_permissions rp ON rp.role_id = r.id "
                               "LEFT JOIN permissions p ON p.key = rp.permission_key ORDER BY r.key, p.key"));
    roles.exec();
    QString key;
    QStringList permissions;
    const auto finishRow = [this, &permissions] {
        if (m_roles->rowCount() > 0)
            m_roles->setItem(m_roles->rowCount() - 1, RolePermissions,
                             new QTableWidgetItem(permissions.join(QStringLiteral("; "))));
        permissions.clear();
    };
    while (roles.next()) {
        if (roles.value(0).toString() != key) {
            finishRow();
            key = roles.value(0).toString();
            const int row = m_roles->rowCount();
            m_roles->insertRow(row);
            auto* keyItem = new QTableWidgetItem(key);
            keyItem->setData(Qt::UserRole, SaveRole::isReservedKey(key));
            if (SaveRole::isReservedKey(key))
                keyItem->setToolTip(tr("A built-in role: its permissions are fixed."));
            m_roles->setItem(row, RoleKey, keyItem);
            m_roles->setItem(row, RoleName, new QTableWidgetItem(roles.value(1).toString()));
            m_roles->setItem(row, RoleUsers,
                             new QTableWidgetItem(QString::number(roles.value(4).toLongLong())));
        }
        if (!roles.value(2).isNull())
            permissions << PermissionText::name(roles.value(2).toString(), roles.value(3).toString());
    }
    finishRow();
    m_roles->resizeColumnToContents(RoleKey);
    m_roles->resizeColumnToContents(RoleName);
    m_roles->resizeColumnToContents(RoleUsers);
    m_roles->resizeRowsToContents();
}

void UsersPage::updateRoleButtons()
{
    const int row = m_roles->currentRow();
    const bool custom = row >= 0 && !m_roles->item(row, RoleKey)->data(Qt::UserRole).toBool();
    m_editRole->setEnabled(m_server && custom);
    m_editRole->setToolTip(custom || row < 0 ? QString() : tr("A built-in role: its permissions are fixed."));
}

void UsersPage::addUser()
{
    AddUserDialog dialog(m_database, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::editRole(bool newRole)
{
    const int row = m_roles->currentRow();
    const QString key = newRole || row < 0 ? QString() : m_roles->item(row, RoleKey)->text();
    RoleDialog dialog(m_database, m_clock, m_actor, key, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
