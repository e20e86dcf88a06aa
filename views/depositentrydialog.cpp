#include "depositentrydialog.h"

#include "clock.h"
#include "depositledger.h"
#include "depositservice.h"
#include "domaintext.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUuid>
#include <QVBoxLayout>

DepositEntryDialog::DepositEntryDialog(const VendorId& vendor, const QString& vendorName, Money balance,
                                       Money due, const QList<std::pair<QString, QString>>& violations,
                                       DepositService& service, const Clock& clock, const QString& actor,
                                       QWidget* parent)
    : QDialog(parent)
    , m_vendor(vendor)
    , m_balance(balance)
    , m_due(due)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_kind(new QComboBox)
    , m_amount(new QLineEdit)
    , m_receipt(new QLineEdit)
    , m_reason(new QLineEdit)
    , m_violation(new QComboBox)
{
    m_violation->addItem(tr("None"), QString());
    for (const auto& [id, label] : violations)
        m_violation->addItem(label, id);
    setWindowTitle(tr("Deposit of %1").arg(vendorName));
    const QLocale locale;
    auto* summary = new QLabel(tr("Amount due %1 · balance %2 · shortfall %3")
                                   .arg(due.format(locale), balance.format(locale),
                                        DepositLedger::shortfall(due, balance).format(locale)));
    for (const auto& [key, name] : DomainText::entries<DepositEntryKind>())
        m_kind->addItem(name, key);
    m_amount->setPlaceholderText(tr("e.g. 20000 or ¥1,500.50"));
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Receipt no."), m_receipt);
    form->addRow(tr("R&eason"), m_reason);
    form->addRow(tr("&Violation punished"), m_violation);
    m_feedback->addField(QStringLiteral("kind"), m_kind, tr("Kind"));
    m_feedback->addField(QStringLiteral("amount"), m_amount, tr("Amount"));
    m_feedback->addField(QStringLiteral("receipt_no"), m_receipt, tr("Receipt no."));
    m_feedback->addField(QStringLiteral("reason"), m_reason, tr("Reason"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DepositEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DepositEntryDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DepositEntryDialog::kindChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    kindChanged();
    resize(480, sizeHint().height());
}

void DepositEntryDialog::kindChanged()
{
    const auto kind
        = enumFromKey<DepositEntryKind>(m_kind->currentData().toString()).value_or(DepositEntryKind::Payment);
    const bool paysIn = DepositLedger::isCredit(kind);
    m_receipt->setEnabled(RecordDepositEntry::hasReceipt(kind));
    m_violation->setEnabled(kind == DepositEntryKind::Deduction);
    if (paysIn) {
        const Money shortfall = DepositLedger::shortfall(m_due, m_balance);
        if (shortfall > Money())
            m_amount->setText(shortfall.toPlainString());
    } else if (kind == DepositEntryKind::Refund) {
        m_amount->setText(m_balance.toPlainString());
    }
    if (kind == DepositEntryKind::Deduction)
        m_reason->setPlaceholderText(tr("Required: the violation or the compensated refund"));
    else if (kind == DepositEntryKind::Settlement)
        m_reason->setPlaceholderText(tr("Required: the settlement, e.g. November 2026"));
    else
        m_reason->setPlaceholderText(tr("Optional"));
}

void DepositEntryDialog::accept()
{
    m_feedback->clear();
    QString error;
    const auto amount = Money::parse(m_amount->text(), &error);
    if (!amount) {
        m_feedback->showErrors({{QStringLiteral("amount"), error}});
        return;
    }
    RecordDepositEntry command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.entryId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.vendorId = m_vendor;
    command.kind
        = enumFromKey<DepositEntryKind>(m_kind->currentData().toString()).value_or(DepositEntryKind::Payment);
    command.amount = *amount;
    command.reason = m_reason->text();
    if (m_receipt->isEnabled())
        command.receiptNo = m_receipt->text();
    if (m_violation->isEnabled())
        command.violationId = m_violation->currentData().toString();
    if (m_feedback->report(m_service.record(command)))
        QDialog::accept();
}
