#include "adduserdialog.h"

#include "clock.h"
#include "database.h"
#include "formfeedback.h"
#include "query.h"
#include "serversetup.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

AddUserDialog::AddUserDialog(Database& database, const Clock& clock, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_login(new QLineEdit)
    , m_role(new QComboBox)
    , m_vendor(new QComboBox)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_problem(FormFeedback::createProblemsLabel())
{
    setWindowTitle(tr("Add a user"));
    m_login->setPlaceholderText(tr("e.g. wang_fang: lower-case letters, digits, _"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_vendor->addItem(tr("None (marketplace staff)"), QString());
    try {
        Query roles(m_database, QStringLiteral("SELECT key, name FROM roles ORDER BY name"));
        roles.exec();
        while (roles.next())
            m_role->addItem(tr("%1 (%2)").arg(roles.value(1).toString(), roles.value(0).toString()),
                            roles.value(0).toString());
        Query vendors(m_database,
                      QStringLiteral("SELECT id, name FROM vendors WHERE status IN ('active', 'suspended') "
                                     "ORDER BY name"));
        vendors.exec();
        while (vendors.next())
            m_vendor->addItem(vendors.value(1).toString(), vendors.value(0).toString());
    } catch (const StorageError& error) {
        m_problem->setText(error.userMessage());
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Vendor"), m_vendor);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Password &again"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void AddUserDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ."));
        return;
    }
    ServerSetup::NewUser user;
    user.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    user.userId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    user.login = m_login->text().trimmed();
    user.roleKey = m_role->currentData().toString();
    user.vendor = m_vendor->currentData().toString();
    user.password = m_password->text();
    if (const QString error = ServerSetup(m_database).addUser(user); !error.isEmpty()) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}
