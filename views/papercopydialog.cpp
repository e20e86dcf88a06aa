#include "papercopydialog.h"

#include "clock.h"
#include "contractrules.h"
#include "contractservice.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

PaperCopyDialog::PaperCopyDialog(const ContractRepository::Detail& contract, ContractRepository& repository,
                                 ContractService& service, const BusinessRules& rules, const Clock& clock,
                                 const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_contract(contract)
    , m_repository(repository)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
{
    setWindowTitle(tr("Paper copies of contract %1").arg(contract.contractNo));
    auto* layout = new QVBoxLayout(this);
    auto* note
        = new QLabel(tr("Paper copies are requested once per contract and mailed within %n working day(s). "
                        "The address cannot be changed once submitted.",
                        nullptr, rules.paperMailWorkingDays));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_copies = new QSpinBox;
    m_copies->setRange(1, ContractRules::maximumPaperCopies);
    m_recipient = new QLineEdit(contract.partyA.contact);
    m_phone = new QLineEdit(contract.partyA.phone);
    m_address = new QLineEdit(contract.partyA.address);
    m_postcode = new QLineEdit;
    m_postcode->setMaxLength(6);
    form->addRow(tr("&Copies"), m_copies);
    form->addRow(tr("&Recipient"), m_recipient);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("Post&code"), m_postcode);
    layout->addLayout(form);
    QLabel* problems = FormFeedback::createProblemsLabel();
    layout->addWidget(problems);
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("copies"), m_copies, tr("Copies"));
    m_feedback->addField(QStringLiteral("recipient"), m_recipient, tr("Recipient"));
    m_feedback->addField(QStringLiteral("phone"), m_phone, tr("Phone"));
    m_feedback->addField(QStringLiteral("address"), m_address, tr("Address"));
    m_feedback->addField(QStringLiteral("postcode"), m_postcode, tr("Postcode"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperCopyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperCopyDialog::reject);
    layout->addWidget(buttons);
}

void PaperCopyDialog::accept()
{
    RequestPaperCopy command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.contractId = m_contract.id;
    command.baseVersion = m_contract.version;
    command.copies = m_copies->value();
    command.recipient = m_recipient->text();
    command.phone = m_phone->text();
    command.address = m_address->text();
    command.postcode = m_postcode->text();
    if (const FieldErrors errors = command.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (m_askConfirmation
        && QMessageBox::question(
               this, windowTitle(),
               tr("Send %n copy(ies) to %1, %2 %3? The address cannot be changed afterwards.", nullptr,
                  command.copies)
                   .arg(command.address.trimmed(), command.recipient.trimmed(), command.phone.trimmed()))
            != QMessageBox::Yes)
        return;
    const StepSaver::Result result
        = WorkflowSteps::save(command, m_contract, m_repository, m_service, m_clock, this);
    if (result.next == StepSaver::Next::Reload)
        reject();
    else if (result.next == StepSaver::Next::Report && m_feedback->report(result.outcome))
        QDialog::accept();
}
