#include "roledialog.h"

#include "clock.h"
#include "database.h"
#include "formfeedback.h"
#include "permissiontext.h"
#include "query.h"
#include "serversetup.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUuid>
#include <QVBoxLayout>

RoleDialog::RoleDialog(Database& database, const Clock& clock, const QString& actor, const QString& roleKey,
                       QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_key(new QLineEdit(roleKey))
    , m_name(new QLineEdit)
    , m_permissions(new QListWidget)
    , m_problem(FormFeedback::createProblemsLabel())
    , m_feedback(std::make_unique<FormFeedback>(this, m_problem))
{
    setWindowTitle(roleKey.isEmpty() ? tr("New role") : tr("Role %1").arg(roleKey));
    m_key->setPlaceholderText(tr("e.g. auditor: lower-case letters, digits, _"));
    m_key->setMaxLength(SaveRole::maximumKeyLength);
    m_key->setReadOnly(!roleKey.isEmpty());
    m_name->setMaxLength(SaveRole::maximumNameLength);
    try {
        QStringList granted;
        if (!roleKey.isEmpty()) {
            Query role(m_database,
                       QStringLiteral("SELECT r.name, rp.permission_key FROM roles r LEFT JOIN "
                                      "role_permissions rp ON rp.role_id = r.id WHERE r.key = :key"));
            role.bind(QStringLiteral(":key"), roleKey).exec();
            while (role.next()) {
                m_name->setText(role.value(0).toString());
                granted << role.value(1).toString();
            }
        }
        Query permissions(m_database,
                          QStringLiteral("SELECT key, description FROM permissions ORDER BY key"));
        permissions.exec();
        while (permissions.next()) {
            const QString key = permissions.value(0).toString();
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(PermissionText::name(key, permissions.value(1).toString()), key),
                m_permissions);
            item->setData(Qt::UserRole, key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(granted.contains(key) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const StorageError& error) {
        m_problem->setText(error.userMessage());
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Key"), m_key);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Permissions"), m_permissions);
    m_feedback->addField(QStringLiteral("key"), m_key, tr("&Key"));
    m_feedback->addField(QStringLiteral("name"), m_name, tr("&Name"));
    m_feedback->addField(QStringLiteral("permissions"), m_permissions, tr("&Permissions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 560);
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::accept()
{
    SaveRole role;
    role.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    role.key = m_key->text().trimmed();
    role.displayName = m_name->text().trimmed();
    for (int row = 0; row < m_permissions->count(); ++row) {
        if (m_permissions->item(row)->checkState() == Qt::Checked)
            role.permissions << m_permissions->item(row)->data(Qt::UserRole).toString();
    }
    m_feedback->clear();
    if (const FieldErrors errors = role.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (const QString error = ServerSetup(m_database).saveRole(role); !error.isEmpty()) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}
