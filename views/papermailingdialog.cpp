#include "papermailingdialog.h"

#include "clock.h"
#include "contractservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

PaperMailingDialog::PaperMailingDialog(const ContractRepository::Detail& contract,
                                       const QStringList& couriers, ContractService& service,
                                       const Clock& clock, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_contract(contract)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
{
    setWindowTitle(tr("Paper copies of contract %1 mailed").arg(contract.contractNo));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("To"),
                 new QLabel(QStringLiteral("%1 %2, %3")
                                .arg(contract.paperRecipient, contract.paperPhone, contract.paperAddress)));
    m_courier = new QComboBox;
    m_courier->setEditable(true);
    m_courier->addItems(couriers);
    m_trackingNo = new QLineEdit;
    form->addRow(tr("&Courier"), m_courier);
    form->addRow(tr("&Tracking number"), m_trackingNo);
    layout->addLayout(form);
    QLabel* problems = FormFeedback::createProblemsLabel();
    layout->addWidget(problems);
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("courier"), m_courier, tr("Courier"));
    m_feedback->addField(QStringLiteral("trackingNo"), m_trackingNo, tr("Tracking number"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperMailingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperMailingDialog::reject);
    layout->addWidget(buttons);
    m_trackingNo->setFocus();
}

void PaperMailingDialog::accept()
{
    MoveContract command;
    command.header = {CommandId(QUuid::createUuid()), m_actor, m_clock.nowUtc()};
    command.contractId = m_contract.id;
    command.baseVersion = m_contract.version;
    command.action = ContractAction::RecordPaperMailing;
    command.courier = m_courier->currentText();
    command.trackingNo = m_trackingNo->text();
    if (const FieldErrors errors = command.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (m_feedback->report(m_service.move(command)))
        QDialog::accept();
}
