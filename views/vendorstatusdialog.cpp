#include "vendorstatusdialog.h"

#include "clock.h"
#include "domaintext.h"
#include "timeordereduuid.h"
#include "vendorservice.h"
#include "workflowsteps.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

VendorStatusDialog::VendorStatusDialog(const VendorRepository::Detail& vendor, Money balance,
                                       const QList<VendorRepository::UnfinishedOrder>& unfinished,
                                       VendorRepository& repository, VendorService& service,
                                       const Clock& clock, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_vendor(vendor)
    , m_balance(balance)
    , m_unfinished(unfinished)
    , m_repository(repository)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_action(new QComboBox)
    , m_reason(new QComboBox)
    , m_note(new QPlainTextEdit)
    , m_consequence(new QLabel)
{
    setWindowTitle(tr("Standing of %1").arg(vendor.name));
    const VendorStatus status = enumFromKey<VendorStatus>(vendor.status).value_or(VendorStatus::Active);
    for (VendorAction action : enumValues<VendorAction>()) {
        if (VendorLifecycle::target(action, status))
            m_action->addItem(DomainText::name(action), enumKey(action));
    }
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_consequence->setWordWrap(true);
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    auto* form = new QFormLayout;
    form->addRow(tr("Now"), new QLabel(DomainText::name(status)));
    form->addRow(tr("&Move"), m_action);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Note"), m_note);
    m_feedback->addField(QStringLiteral("reason"), m_reason, tr("Reason"));
    m_feedback->addField(QStringLiteral("note"), m_note, tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &VendorStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VendorStatusDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &VendorStatusDialog::actionChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    if (m_action->count() == 0) {
        m_consequence->setText(
            tr("%1 has left the marketplace; its standing no longer changes.").arg(vendor.name));
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    actionChanged();
    resize(560, sizeHint().height());
}

VendorAction VendorStatusDialog::currentAction() const
{
    return enumFromKey<VendorAction>(m_action->currentData().toString()).value_or(VendorAction::Suspend);
}

void VendorStatusDialog::actionChanged()
{
    if (m_action->count() == 0)
        return;
    const VendorAction action = currentAction();
    m_reason->clear();
    for (LeaveReason reason : VendorLifecycle::reasonsFor(action))
        m_reason->addItem(DomainText::name(reason), enumKey(reason));
    m_reason->setEnabled(m_reason->count() > 0);
    QStringList lines;
    if (action == VendorAction::Expel)
        lines << tr("Every product is delisted and the whole deposit balance of %1 is deducted. An expelled "
                    "vendor "
                    "may never apply again.")
                     .arg(m_balance.format(QLocale()));
    if (action == VendorAction::Exit)
        lines << tr("The deposit balance of %1 is refunded once the vendor's obligations are settled; after "
                    "leaving "
                    "of its own accord it may apply again in one year.")
                     .arg(m_balance.format(QLocale()));
    if ((action == VendorAction::Exit || action == VendorAction::Expel) && !m_unfinished.isEmpty()) {
        lines << tr("%n service order(s) not started or not finished must be refunded in full:", nullptr,
                    int(m_unfinished.size()));
        for (const VendorRepository::UnfinishedOrder& order : m_unfinished)
            lines << tr("• %1 (%2, %3): %4")
                         .arg(order.orderNo, order.customerNo, order.productName,
                              order.refundable.format(QLocale()));
    }
    m_consequence->setText(lines.join(QLatin1Char('\n')));
}

bool VendorStatusDialog::apply()
{
    m_feedback->clear();
    MoveVendor command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.vendor = m_vendor.id;
    command.baseVersion = m_vendor.version;
    command.action = currentAction();
    command.reason = enumFromKey<LeaveReason>(m_reason->currentData().toString());
    command.note = m_note->toPlainText();
    const StepSaver::Result result
        = WorkflowSteps::save(command, m_vendor, m_repository, m_service, m_clock, this);
    if (result.next == StepSaver::Next::Reload)
        reject();
    return result.next == StepSaver::Next::Report && m_feedback->report(result.outcome);
}

void VendorStatusDialog::accept()
{
    const VendorAction action = currentAction();
    if ((action == VendorAction::Exit || action == VendorAction::Expel)
        && QMessageBox::question(this, windowTitle(),
                                 tr("%1: %2?").arg(DomainText::name(action), m_vendor.name)
                                     + QLatin1Char('\n') + m_consequence->text())
            != QMessageBox::Yes)
        return;
    if (apply())
        QDialog::accept();
}
