#include "invoicetitledialog.h"

#include "buyerservice.h"
#include "clock.h"
#include "conflictdialog.h"
#include "domaintext.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

InvoiceTitleDialog::InvoiceTitleDialog(const QString& buyerId,
                                       const std::optional<InvoiceRequestRepository::BuyerTitle>& current,
                                       InvoiceRequestRepository& repository, BuyerService& service,
                                       const Clock& clock, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_buyerId(buyerId)
    , m_current(current)
    , m_repository(repository)
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
    m_feedback->addField(QStringLiteral("kind"), m_kind, tr("&Kind"));
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        m_editors.insert(key, edit);
        m_feedback->addField(key, edit, label);
        form->addRow(label, edit);
    }
    if (current)
        fill(valuesOf(*current));
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
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.buyerId = m_buyerId;
    command.titleId = m_current ? m_current->id : TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
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
    const WriteOutcome outcome = m_service.saveTitle(command);
    if (outcome.kind == WriteOutcome::Kind::Conflict)
        resolveConflict();
    else if (m_feedback->report(outcome))
        QDialog::accept();
}

QHash<QString, QString> InvoiceTitleDialog::formValues() const
{
    QHash<QString, QString> values {{QStringLiteral("kind"), m_kind->currentText()}};
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->isEnabled() ? it.value()->text() : QString());
    return values;
}

QHash<QString, QString> InvoiceTitleDialog::valuesOf(const InvoiceRequestRepository::BuyerTitle& title)
{
    return {{QStringLiteral("kind"), DomainText::nameOfKey<TitleKind>(title.kind)},
            {QStringLiteral("title"), title.title},
            {QStringLiteral("taxpayer_id"), title.taxpayerId},
            {QStringLiteral("bank"), title.bank},
            {QStringLiteral("account"), title.account},
            {QStringLiteral("registered_address"), title.registeredAddress},
            {QStringLiteral("registered_phone"), title.registeredPhone}};
}

void InvoiceTitleDialog::fill(const QHash<QString, QString>& values)
{
    // The kind first: choosing it fills or clears the title of a personal one.
    m_kind->setCurrentIndex(std::max(0, m_kind->findText(values.value(QStringLiteral("kind")))));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!it.value()->isReadOnly())
            it.value()->setText(values.value(it.key()));
    }
}

void InvoiceTitleDialog::resolveConflict()
{
    std::optional<InvoiceRequestRepository::BuyerTitle> saved;
    try {
        saved = m_repository.validTitle(m_buyerId);
    } catch (const StorageError& error) {
        m_feedback->showNote(error.userMessage());
        return;
    }
    if (!saved || !m_current) {
        m_feedback->showNote(tr("The buyer has no valid invoice title any more; close and enter a new one."));
        return;
    }
    const auto resolution = ConflictDialog::resolve(m_feedback->labelledFields(), valuesOf(*m_current),
                                                    valuesOf(*saved), formValues(), this);
    if (!resolution)
        return;
    fill(resolution->values);
    m_current = saved; // the next save starts from their version
    m_feedback->showNote(resolution->note);
}
