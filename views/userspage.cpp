#include "userspage.h"

#include "adduserdialog.h"
#include "database.h"
#include "domaintext.h"
#include "permissiongate.h"
#include "query.h"
#include "serversetup.h"
#include "storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UsersPage::UsersPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_note(new QLabel)
    , m_add(new QPushButton(tr("&Add user…")))
    , m_table(new QTableWidget(0, 4))
{
    m_note->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Vendor"), tr("Added at")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    PermissionGate::require(m_add, QLatin1String(Permissions::usersManage));
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    auto* top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    reload();
}

void UsersPage::reload()
{
    m_table->setRowCount(0);
    bool server = false;
    try {
        server = ServerSetup(m_database).isInstalled();
        Query users(
            m_database,
            QStringLiteral("SELECT u.login, COALESCE(v.name, ''), u.created_at, "
                           "(SELECT COUNT(*) FROM user_roles ur WHERE ur.user_id = u.id), u.id "
                           "FROM users u LEFT JOIN vendors v ON v.id = u.vendor_id ORDER BY u.login"));
        users.exec();
        while (users.next()) {
            QStringList roles;
            Query names(m_database,
                        QStringLiteral("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                       "WHERE ur.user_id = :id ORDER BY r.name"));
            names.bind(QStringLiteral(":id"), users.value(4).toString()).exec();
            while (names.next())
                roles << names.value(0).toString();
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(users.value(0).toString()));
            m_table->setItem(row, 1, new QTableWidgetItem(roles.join(QStringLiteral("、"))));
            m_table->setItem(row, 2, new QTableWidgetItem(users.value(1).toString()));
            m_table->setItem(row, 3,
                             new QTableWidgetItem(DomainText::localTime(users.value(2).toLongLong())));
        }
    } catch (const StorageError& error) {
        m_note->setText(error.message());
        return;
    }
    m_add->setEnabled(server);
    m_note->setText(server
                        ? tr("Each user logs in to the server as themselves; what they may do follows their "
                             "roles, and vendor staff see only their own vendor.")
                        : m_database.url().backend() == DatabaseUrl::Backend::Sqlite
                        ? tr("This is the single-user embedded database: there are no other users to add.")
                        : tr("This server is not set up for a team yet: run marketdesk --init-server as "
                             "the database's owner."));
    m_table->resizeColumnsToContents();
}

void UsersPage::addUser()
{
    AddUserDialog dialog(m_database, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
