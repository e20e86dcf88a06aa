#include "catalogueentrydialog.h"

#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "clock.h"
#include "conflictdialog.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

CatalogueEntryDialog::CatalogueEntryDialog(const SaveCatalogueEntry& entry,
                                           const QList<CatalogueRepository::Market>& markets,
                                           Database& database, CatalogueService& service, const Clock& clock,
                                           const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_key(new QLineEdit(entry.key))
    , m_text(new QLineEdit(entry.text))
    , m_deposit(new QLineEdit(entry.deposit.toPlainString()))
    , m_number(new QSpinBox)
    , m_market(new QComboBox)
    , m_active(new QCheckBox(tr("In &use")))
{
    const bool create = entry.baseVersion == 0;
    const QString titles[] = {create ? tr("New market") : tr("Market"),
                              create ? tr("New checklist condition") : tr("Checklist condition"),
                              create ? tr("New violation type") : tr("Violation type"),
                              create ? tr("New courier") : tr("Courier")};
    setWindowTitle(titles[int(entry.kind)]);
    m_active->setChecked(entry.active);
    m_key->setReadOnly(!create); // stored with records and in exports: fixed once created
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    auto* form = new QFormLayout;
    if (entry.kind == CatalogueKind::Condition) {
        m_market->addItem(tr("Every market"), QString());
        for (const CatalogueRepository::Market& market : markets)
            m_market->addItem(market.name, market.id);
        m_market->setCurrentIndex(std::max(0, m_market->findData(entry.marketId)));
        form->addRow(tr("&Market"), m_market);
        m_feedback->addField(QStringLiteral("market"), m_market, tr("Market"));
        form->addRow(tr("&Condition"), m_text);
        m_feedback->addField(QStringLiteral("text"), m_text, tr("Condition"));
    } else {
        form->addRow(entry.kind == CatalogueKind::ViolationType ? tr("&Violation") : tr("&Name"), m_text);
        m_feedback->addField(QStringLiteral("text"), m_text, tr("Name"));
    }
    if (entry.hasKey()) {
        form->addRow(tr("&Key"), m_key);
        m_feedback->addField(QStringLiteral("key"), m_key, tr("Key"));
    }
    if (entry.kind == CatalogueKind::Market) {
        form->addRow(tr("&Deposit"), m_deposit);
        m_feedback->addField(QStringLiteral("deposit"), m_deposit, tr("Deposit"));
    }
    if (entry.kind == CatalogueKind::ViolationType) {
        m_number->setRange(0, SaveCatalogueEntry::maximumPoints);
        m_number->setValue(entry.points);
        form->addRow(tr("&Points"), m_number);
        m_feedback->addField(QStringLiteral("number"), m_number, tr("Points"));
    } else {
        m_number->setRange(0, 999);
        m_number->setValue(entry.position);
        form->addRow(tr("&Order"), m_number);
        m_feedback->addField(QStringLiteral("number"), m_number, tr("Order"));
    }
    form->addRow(QString(), m_active);
    m_feedback->addField(QStringLiteral("active"), m_active, tr("In use"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogueEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    // The fields this kind does not show stay as hidden children, freed with the dialog.
    for (QWidget* field : std::initializer_list<QWidget*> {m_key, m_deposit, m_market}) {
        if (!field->parentWidget()) {
            field->setParent(this);
            field->hide();
        }
    }
    resize(520, sizeHint().height());
}

void CatalogueEntryDialog::accept()
{
    m_feedback->clear();
    SaveCatalogueEntry command = m_entry;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    if (command.entryId.isEmpty())
        command.entryId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.key = m_key->text().trimmed();
    command.text = m_text->text();
    command.active = m_active->isChecked();
    if (command.kind == CatalogueKind::Market) {
        QString error;
        const auto deposit = Money::parse(m_deposit->text(), &error);
        if (!deposit) {
            m_feedback->showErrors({{QStringLiteral("deposit"), error}});
            return;
        }
        command.deposit = *deposit;
    }
    if (command.kind == CatalogueKind::ViolationType)
        command.points = m_number->value();
    else
        command.position = m_number->value();
    if (command.kind == CatalogueKind::Condition)
        command.marketId = m_market->currentData().toString();
    const WriteOutcome outcome = m_service.save(command);
    if (outcome.kind == WriteOutcome::Kind::Conflict)
        resolveConflict();
    else if (m_feedback->report(outcome))
        QDialog::accept();
}

QHash<QString, QString> CatalogueEntryDialog::valuesOf(const SaveCatalogueEntry& entry) const
{
    return {{QStringLiteral("text"), entry.text},
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("deposit"), entry.deposit.toPlainString()},
            {QStringLiteral("number"),
             QString::number(entry.kind == CatalogueKind::ViolationType ? entry.points : entry.position)},
            {QStringLiteral("market"), m_market->itemText(m_market->findData(entry.marketId))},
            {QStringLiteral("active"), entry.active ? tr("Yes") : tr("No")}};
}

QHash<QString, QString> CatalogueEntryDialog::formValues() const
{
    return {{QStringLiteral("text"), m_text->text()},
            {QStringLiteral("key"), m_key->text()},
            {QStringLiteral("deposit"), m_deposit->text()},
            {QStringLiteral("number"), QString::number(m_number->value())},
            {QStringLiteral("market"), m_market->currentText()},
            {QStringLiteral("active"), m_active->isChecked() ? tr("Yes") : tr("No")}};
}

void CatalogueEntryDialog::fill(const QHash<QString, QString>& values)
{
    m_text->setText(values.value(QStringLiteral("text")));
    m_key->setText(values.value(QStringLiteral("key")));
    m_deposit->setText(values.value(QStringLiteral("deposit")));
    m_number->setValue(values.value(QStringLiteral("number")).toInt());
    m_market->setCurrentIndex(std::max(0, m_market->findText(values.value(QStringLiteral("market")))));
    m_active->setChecked(values.value(QStringLiteral("active")) == tr("Yes"));
}

void CatalogueEntryDialog::resolveConflict()
{
    std::optional<SaveCatalogueEntry> saved;
    try {
        CatalogueRepository repository(m_database);
        CatalogueModel catalogue(m_entry.kind);
        catalogue.reload(repository);
        saved = catalogue.entryWithId(m_entry.entryId);
    } catch (const StorageError& error) {
        m_feedback->showNote(error.userMessage());
        return;
    }
    if (!saved) {
        m_feedback->showNote(tr("The entry no longer exists."));
        return;
    }
    const auto resolution = ConflictDialog::resolve(m_feedback->labelledFields(), valuesOf(m_entry),
                                                    valuesOf(*saved), formValues(), this);
    if (!resolution)
        return;
    fill(resolution->values);
    m_entry = *saved; // the next save starts from their version
    m_feedback->showNote(resolution->note);
}
