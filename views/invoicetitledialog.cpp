#include "invoicetitledialog.h"

#include "buyerservice.h"
#include "clock.h"
#include "domaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

InvoiceTitleDialog::InvoiceTitleDialog(const QString& buyerId,
                                       const std::optional<InvoiceRequestRepository::BuyerTitle>& current,
                                       BuyerService& service, const Clock& clock, const QString& actor,
                                       QWidget* parent)
    : QDialog(parent)
    , m_buyerId(buyerId)
    , m_current(current)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_kind(new QComboBox)
{
    setWindowTitle(current ? tr("Correct the invoice title") : tr("New invoice title"));
    for (const auto& [key, name] : DomainText::entries<TitleKind>())
        m_kind->addItem(name, key);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    const QList<std::pair<QString, QString>> fields {
        {QStringLiteral("title"), tr("&Title")},
        {QStringLiteral("taxpayer_id"), tr("Ta&xpayer ID")},
        {QStringLiteral("bank"), tr("&Bank")},
        {QStringLiteral("account"), tr("&Account")},
        {QStringLiteral("registered_address"), tr("Registered a&ddress")},
        {QStringLiteral("registered_phone"), tr("Registered &phone")},
    };
    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        m_editors.insert(key, edit);
        m_feedback->addField(key, edit, label);
        form->addRow(label, edit);
    }
    if (current) {
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(current->kind)));
        editor(QStringLiteral("title"))->setText(current->title);
        editor(QStringLiteral("taxpayer_id"))->setText(current->taxpayerId);
        editor(QStringLiteral("bank"))->setText(current->bank);
        editor(QStringLiteral("account"))->setText(current->account);
        editor(QStringLiteral("registered_address"))->setText(current->registeredAddress);
        editor(QStringLiteral("registered_phone"))->setText(current->registeredPhone);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvoiceTitleDialog::kindChanged);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceTitleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvoiceTitleDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    kindChanged();
    resize(520, sizeHint().height());
}

QLineEdit* InvoiceTitleDialog::editor(const QString& field) const
{
    return m_editors.value(field);
}

void InvoiceTitleDialog::kindChanged()
{
    const auto kind
        = enumFromKey<TitleKind>(m_kind->currentData().toString()).value_or(TitleKind::Enterprise);
    QLineEdit* title = editor(QStringLiteral("title"));
    if (kind == TitleKind::Personal)
        title->setText(QStringLiteral("个人"));
    else if (title->text() == QStringLiteral("个人"))
        title->clear();
    title->setReadOnly(kind == TitleKind::Personal);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.key() != QStringLiteral("title"))
            it.value()->setEnabled(
                kind == TitleKind::Enterprise
                || (kind == TitleKind::Organisation && it.key() == QStringLiteral("taxpayer_id")));
    }
}

void InvoiceTitleDialog::accept()
{
    SaveInvoiceTitle command;
    command.header = {CommandId(QUuid::createUuid()), m_actor, m_clock.nowUtc()};
    command.buyerId = m_buyerId;
    command.titleId = m_current ? m_current->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.baseVersion = m_current ? m_current->version : 0;
    command.kind = enumFromKey<TitleKind>(m_kind->currentData().toString()).value_or(TitleKind::Enterprise);
    const auto text = [this](const char* field) {
        QLineEdit* edit = editor(QLatin1String(field));
        return edit->isEnabled() ? edit->text() : QString();
    };
    command.title = text("title");
    command.taxpayerId = text("taxpayer_id");
    command.bank = text("bank");
    command.account = text("account");
    command.registeredAddress = text("registered_address");
    command.registeredPhone = text("registered_phone");
    if (const FieldErrors errors = command.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (m_feedback->report(m_service.saveTitle(command)))
        QDialog::accept();
}
