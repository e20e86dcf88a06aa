#include "refundrequestdialog.h"

#include "clock.h"
#include "domaintext.h"
#include "refundservice.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

RefundRequestDialog::RefundRequestDialog(const QString& orderId, const QString& orderNo,
                                         const RefundPolicy& policy, RefundService& service,
                                         const Clock& clock, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_orderId(orderId)
    , m_policy(policy)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_reason(new QComboBox)
    , m_amount(new QLineEdit)
    , m_text(new QPlainTextEdit)
{
    setWindowTitle(tr("Refund request for order %1").arg(orderNo));
    auto* explanation = new QLabel(policy.explanation);
    explanation->setObjectName(QStringLiteral("policy"));
    explanation->setWordWrap(true);
    explanation->setStyleSheet(QStringLiteral("font-weight: bold;"));
    for (RefundReason reason : policy.reasons())
        m_reason->addItem(DomainText::name(reason), enumKey(reason));
    m_amount->setText(policy.maximum.toPlainString());
    const bool full = policy.kind == RefundPolicy::Kind::FullRefund;
    m_amount->setReadOnly(full);
    m_amount->setToolTip(full ? tr("Within the guarantee the whole amount is refunded.")
                              : tr("The amount agreed between buyer and vendor, at most %1.")
                                    .arg(policy.maximum.format(QLocale())));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_text->setPlaceholderText(
        tr("What the buyer said, at most %1 characters").arg(RequestRefund::maximumTextLength));

    auto* form = new QFormLayout;
    form->addRow(explanation);
    if (policy.guaranteeEnds.isValid())
        form->addRow(
            tr("Guarantee ends"),
            new QLabel(policy.guaranteeEnds.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Amount (¥)"), m_amount);
    form->addRow(tr("&Text"), m_text);

    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("reason"), m_reason, tr("&Reason"));
    m_feedback->addField(QStringLiteral("amount"), m_amount, tr("&Amount (¥)"));
    m_feedback->addField(QStringLiteral("text"), m_text, tr("&Text"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit refund request"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(policy.kind != RefundPolicy::Kind::Unavailable);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefundRequestDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void RefundRequestDialog::accept()
{
    RequestRefund command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.refundId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.orderId = m_orderId;
    command.reason
        = enumFromKey<RefundReason>(m_reason->currentData().toString()).value_or(RefundReason::Other);
    command.text = m_text->toPlainText();
    QString amountError;
    const auto amount = Money::parse(m_amount->text(), &amountError);
    if (!amount) {
        m_feedback->showErrors({{QStringLiteral("amount"), amountError}});
        return;
    }
    command.amount = *amount;
    if (const FieldErrors errors = command.validate(m_policy); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (m_feedback->report(m_service.request(command)))
        QDialog::accept();
}
