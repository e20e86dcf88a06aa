#include "editvendorcontactdialog.h"

#include "clock.h"
#include "conflictdialog.h"
#include "fieldvalidators.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "ui_editvendorcontactdialog.h"
#include "updatevendorcontact.h"
#include "vendorservice.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

namespace {

void markField(QLineEdit* editor, const std::optional<QString>& problem)
{
    editor->setToolTip(problem.value_or(QString()));
    editor->setStyleSheet(problem ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
}

} // namespace

EditVendorContactDialog::EditVendorContactDialog(const VendorRepository::Detail& vendor, Database& database,
                                                 VendorService& service, const Clock& clock,
                                                 const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditVendorContactDialog>())
    , m_vendor(vendor)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->vendorName->setText(vendor.name);
    m_ui->contactPerson->setText(vendor.contactPerson);
    m_ui->phone->setText(vendor.phone);
    m_ui->email->setText(vendor.email);
    for (QLineEdit* editor : {m_ui->contactPerson, m_ui->phone, m_ui->email})
        connect(editor, &QLineEdit::textChanged, this, &EditVendorContactDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EditVendorContactDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &EditVendorContactDialog::reject);
    updateState();
}

EditVendorContactDialog::~EditVendorContactDialog() = default;

void EditVendorContactDialog::updateState()
{
    const auto personProblem = FieldValidators::requiredText(m_ui->contactPerson->text(), 50);
    const auto phoneProblem = FieldValidators::phone(m_ui->phone->text());
    const auto emailProblem = FieldValidators::email(m_ui->email->text());
    markField(m_ui->contactPerson, personProblem);
    markField(m_ui->phone, phoneProblem);
    markField(m_ui->email, emailProblem);
    QStringList problems;
    for (const auto& problem : {personProblem, phoneProblem, emailProblem}) {
        if (problem)
            problems << *problem;
    }
    m_ui->problems->setText(problems.join(QLatin1Char('\n')));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

QLineEdit* EditVendorContactDialog::editorFor(const QString& field) const
{
    if (field == QStringLiteral("phone"))
        return m_ui->phone;
    if (field == QStringLiteral("email"))
        return m_ui->email;
    return m_ui->contactPerson;
}

void EditVendorContactDialog::accept()
{
    UpdateVendorContact command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.vendor = m_vendor.id;
    command.baseVersion = m_vendor.version;
    command.contactPerson = m_ui->contactPerson->text();
    command.phone = m_ui->phone->text();
    command.email = m_ui->email->text();
    const WriteOutcome outcome = m_service.updateContact(command);
    switch (outcome.kind) {
    case WriteOutcome::Kind::Done:
    case WriteOutcome::Kind::AlreadyApplied:
        QDialog::accept();
        return;
    case WriteOutcome::Kind::Invalid: {
        QStringList problems;
        for (const FieldError& error : outcome.fieldErrors) {
            markField(editorFor(error.field), error.message);
            problems << error.message;
        }
        m_ui->problems->setText(problems.join(QLatin1Char('\n')));
        editorFor(outcome.fieldErrors.value(0).field)->setFocus();
        return;
    }
    case WriteOutcome::Kind::Conflict:
        resolveConflict();
        return;
    case WriteOutcome::Kind::Failed:
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The change could not be saved.\n\n%1").arg(outcome.message));
        return;
    }
}

QHash<QString, QString> EditVendorContactDialog::formValues() const
{
    return {{QStringLiteral("contact_person"), m_ui->contactPerson->text()},
            {QStringLiteral("phone"), m_ui->phone->text()},
            {QStringLiteral("email"), m_ui->email->text()}};
}

void EditVendorContactDialog::fill(const QHash<QString, QString>& values)
{
    m_ui->contactPerson->setText(values.value(QStringLiteral("contact_person")));
    m_ui->phone->setText(values.value(QStringLiteral("phone")));
    m_ui->email->setText(values.value(QStringLiteral("email")));
}

void EditVendorContactDialog::resolveConflict()
{
    std::optional<VendorRepository::Detail> current;
    try {
        current = VendorRepository(m_database).detail(m_vendor.id);
    } catch (const StorageError& error) {
        QMessageBox::critical(this, tr("Not saved"), error.userMessage());
        return;
    }
    if (!current) {
        QMessageBox::warning(this, tr("Not saved"), tr("The vendor no longer exists."));
        return;
    }
    const QHash<QString, QString> base {{QStringLiteral("contact_person"), m_vendor.contactPerson},
                                        {QStringLiteral("phone"), m_vendor.phone},
                                        {QStringLiteral("email"), m_vendor.email}};
    const QHash<QString, QString> theirs {{QStringLiteral("contact_person"), current->contactPerson},
                                          {QStringLiteral("phone"), current->phone},
                                          {QStringLiteral("email"), current->email}};
    const auto resolution = ConflictDialog::resolve({{QStringLiteral("contact_person"), tr("Contact person")},
                                                     {QStringLiteral("phone"), tr("Phone")},
                                                     {QStringLiteral("email"), tr("E-mail")}},
                                                    base, theirs, formValues(), this);
    if (!resolution)
        return;
    fill(resolution->values);
    m_vendor = *current; // the next save starts from their version
    m_ui->problems->setText(resolution->note);
}
