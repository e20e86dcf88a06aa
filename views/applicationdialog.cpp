#include "applicationdialog.h"

#include "applicationservice.h"
#include "attachmentreader.h"
#include "chinaregions.h"
#include "clock.h"
#include "conflictdialog.h"
#include "database.h"
#include "domaintext.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

ApplicationDialog::ApplicationDialog(const std::optional<ApplicationRepository::Detail>& current,
                                     const QList<CatalogueRepository::Market>& markets, Database& database,
                                     ApplicationService& service, const Clock& clock, const QString& actor,
                                     QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_applicationId(current ? current->id : TimeOrderedUuid::create().toString(QUuid::WithoutBraces))
    , m_entityType(new QComboBox)
    , m_category(new QComboBox)
    , m_province(new QComboBox)
    , m_city(new QComboBox)
    , m_mainBusiness(new QPlainTextEdit)
    , m_markets(new QListWidget)
    , m_staff(new QSpinBox)
    , m_files(new QListWidget)
    , m_fileKind(new QComboBox)
    , m_recovery(current ? QStringLiteral("application-%1").arg(current->id)
                         : QStringLiteral("new-application"),
                 database.url(), actor, clock)
{
    setWindowTitle(current ? tr("Application of %1").arg(current->companyName)
                           : tr("New partner application"));
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);

    auto* company = new QGroupBox(tr("Company"));
    auto* companyForm = new QFormLayout(company);
    addLine(QStringLiteral("company_name"), tr("Company &name"), company);
    for (const auto& [key, name] : DomainText::entries<EntityType>())
        m_entityType->addItem(name, key);
    companyForm->addRow(tr("Entity &type"), m_entityType);
    m_feedback->addField(QStringLiteral("entity_type"), m_entityType, tr("Entity type"));
    addLine(QStringLiteral("credit_code"), tr("Credit c&ode"), company);
    for (const auto& [key, name] : DomainText::entries<VendorCategory>())
        m_category->addItem(name, key);
    companyForm->addRow(tr("Product cate&gory"), m_category);
    m_feedback->addField(QStringLiteral("category"), m_category, tr("Product category"));
    m_province->addItem(tr("— province —"), QString());
    for (const QString& province : ChinaRegions::builtIn().provinceNames())
        m_province->addItem(province, province);
    auto* location = new QHBoxLayout;
    location->addWidget(m_province, 1);
    location->addWidget(m_city, 1);
    auto* locationLabel = new QLabel(tr("Registered &location"));
    locationLabel->setBuddy(m_province);
    companyForm->addRow(locationLabel, location);
    m_feedback->addField(QStringLiteral("city"), m_city, tr("Registered location"));
    m_mainBusiness->setTabChangesFocus(true);
    m_mainBusiness->setPlaceholderText(tr("Main business and strengths"));
    m_mainBusiness->setMaximumHeight(90);
    companyForm->addRow(tr("Main &business"), m_mainBusiness);
    m_feedback->addField(QStringLiteral("main_business"), m_mainBusiness, tr("Main business"));

    auto* contact = new QGroupBox(tr("Contact and service"));
    auto* contactForm = new QFormLayout(contact);
    addLine(QStringLiteral("contact_person"), tr("Contact &person"), contact);
    addLine(QStringLiteral("phone"), tr("P&hone"), contact)
        ->setPlaceholderText(tr("13812345678 or 010-12345678"));
    addLine(QStringLiteral("email"), tr("&E-mail"), contact);
    m_staff->setRange(0, 100000);
    contactForm->addRow(tr("Service &staff"), m_staff);
    m_feedback->addField(QStringLiteral("service_staff_count"), m_staff, tr("Service staff"));
    addLine(QStringLiteral("service_hours"), tr("Service &hours"), contact)
        ->setPlaceholderText(tr("5×8 or 7×24"));
    addLine(QStringLiteral("warranty_period"), tr("&Warranty period"), contact);
    for (const CatalogueRepository::Market& market : markets) {
        auto* item = new QListWidgetItem(
            tr("%1 (deposit %2)").arg(market.name, market.deposit.format(QLocale())), m_markets);
        item->setData(Qt::UserRole, market.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_markets->setMaximumHeight(130);
    contactForm->addRow(tr("&Markets"), m_markets);
    m_feedback->addField(QStringLiteral("markets"), m_markets, tr("Markets"));

    auto* agreements = new QGroupBox(tr("Agreements"));
    auto* agreementsLayout = new QVBoxLayout(agreements);
    for (const QString& text : {tr("I accept the 《服务商入驻协议》 (vendor entry agreement)"),
                                tr("I accept the 《服务商管理规范》 (vendor management rules)"),
                                tr("I accept the 《平台协议》 (platform agreement)")}) {
        auto* box = new QCheckBox(text);
        m_agreements << box;
        agreementsLayout->addWidget(box);
    }
    m_feedback->addField(QStringLiteral("agreements"), agreements, tr("Agreements"));

    auto* files = new QGroupBox(tr("Qualification material"));
    auto* filesLayout = new QVBoxLayout(files);
    m_files->setMaximumHeight(90);
    filesLayout->addWidget(m_files);
    auto* fileRow = new QHBoxLayout;
    for (const auto& [key, name] : DomainText::entries<ApplicationFileKind>())
        m_fileKind->addItem(name, key);
    auto* addFileButton = new QPushButton(tr("&Attach file…"));
    fileRow->addWidget(m_fileKind);
    fileRow->addWidget(addFileButton);
    fileRow->addStretch();
    filesLayout->addLayout(fileRow);
    m_feedback->addField(QStringLiteral("files"), m_files, tr("Qualification material"));
    connect(addFileButton, &QPushButton::clicked, this, &ApplicationDialog::chooseFile);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* draftButton = buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    auto* submitButton = buttons->addButton(tr("S&ubmit"), QDialogButtonBox::AcceptRole);
    submitButton->setDefault(true);
    connect(draftButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(submitButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplicationDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(company);
    left->addWidget(agreements);
    auto* right = new QVBoxLayout;
    right->addWidget(contact);
    right->addWidget(files);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    m_recoveryBar = m_recovery.offerBar(tr("An application typed at %1 was never saved."),
                                        [this](const QJsonObject& kept) { restore(kept); });
    if (m_recoveryBar)
        layout->addWidget(m_recoveryBar);
    layout->addLayout(columns);
    layout->addWidget(problems);
    layout->addWidget(buttons);

    connect(m_province, &QComboBox::currentIndexChanged, this, &ApplicationDialog::provinceChanged);
    connect(m_entityType, &QComboBox::currentIndexChanged, this, &ApplicationDialog::entityTypeChanged);
    provinceChanged();
    if (current) {
        fill(valuesOf(*current));
        for (const AttachmentStore::File& file : current->files)
            m_files->addItem(
                tr("%1: %2 (kept)")
                    .arg(DomainText::nameOfKey<ApplicationFileKind>(file.fileKind), file.fileName));
    }
    entityTypeChanged();

    for (QLineEdit* edit : std::as_const(m_editors))
        connect(edit, &QLineEdit::textChanged, this, &ApplicationDialog::remember);
    for (QComboBox* box : {m_entityType, m_category, m_province, m_city})
        connect(box, &QComboBox::currentIndexChanged, this, &ApplicationDialog::remember);
    connect(m_mainBusiness, &QPlainTextEdit::textChanged, this, &ApplicationDialog::remember);
    connect(m_markets, &QListWidget::itemChanged, this, &ApplicationDialog::remember);
    connect(m_staff, &QSpinBox::valueChanged, this, &ApplicationDialog::remember);
    for (QCheckBox* box : std::as_const(m_agreements))
        connect(box, &QCheckBox::toggled, this, &ApplicationDialog::remember);
    resize(960, sizeHint().height());
}

void ApplicationDialog::remember()
{
    const QHash<QString, QString> values = formValues();
    QJsonObject kept;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        kept.insert(it.key(), it.value());
    // Choices are kept by key, not by their shown text, so that a form kept under one interface
    // language comes back whole under the other.
    kept.insert(QStringLiteral("entity_type"), m_entityType->currentData().toString());
    kept.insert(QStringLiteral("category"), m_category->currentData().toString());
    QStringList marketIds;
    for (int row = 0; row < m_markets->count(); ++row) {
        if (m_markets->item(row)->checkState() == Qt::Checked)
            marketIds << m_markets->item(row)->data(Qt::UserRole).toString();
    }
    kept.insert(QStringLiteral("markets"), marketIds.join(QLatin1Char('\n')));
    QStringList agreements;
    for (int index = 0; index < m_agreements.size(); ++index) {
        if (m_agreements.at(index)->isChecked())
            agreements << QString::number(index);
    }
    kept.insert(QStringLiteral("agreements"), agreements.join(QLatin1Char('\n')));
    m_recovery.keep(kept);
}

void ApplicationDialog::restore(const QJsonObject& kept)
{
    QHash<QString, QString> values;
    for (auto it = kept.begin(); it != kept.end(); ++it)
        values.insert(it.key(), it.value().toString());
    values.insert(
        QStringLiteral("entity_type"),
        m_entityType->itemText(m_entityType->findData(values.value(QStringLiteral("entity_type")))));
    values.insert(QStringLiteral("category"),
                  m_category->itemText(m_category->findData(values.value(QStringLiteral("category")))));
    values.insert(QStringLiteral("markets"),
                  marketTexts(values.value(QStringLiteral("markets")).split(QLatin1Char('\n'))));
    QList<bool> accepted(m_agreements.size(), false);
    for (const QString& index : values.value(QStringLiteral("agreements")).split(QLatin1Char('\n'))) {
        bool isNumber = false;
        const int position = index.toInt(&isNumber);
        if (isNumber && position >= 0 && position < accepted.size())
            accepted[position] = true;
    }
    values.insert(QStringLiteral("agreements"), agreementTexts(accepted));
    fill(values);
}

QString ApplicationDialog::marketTexts(const QStringList& marketIds) const
{
    QStringList markets;
    for (int row = 0; row < m_markets->count(); ++row) {
        if (marketIds.contains(m_markets->item(row)->data(Qt::UserRole).toString()))
            markets << m_markets->item(row)->text();
    }
    return markets.join(QLatin1Char('\n'));
}

QString ApplicationDialog::agreementTexts(const QList<bool>& accepted) const
{
    QStringList agreements;
    for (int index = 0; index < m_agreements.size(); ++index) {
        if (accepted.value(index))
            agreements << m_agreements.at(index)->text();
    }
    return agreements.join(QLatin1Char('\n'));
}

QLineEdit* ApplicationDialog::addLine(const QString& key, const QString& label, QWidget* form)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(key);
    m_editors.insert(key, edit);
    m_feedback->addField(key, edit, label);
    static_cast<QFormLayout*>(form->layout())->addRow(label, edit);
    return edit;
}

QHash<QString, QString> ApplicationDialog::valuesOf(const ApplicationRepository::Detail& detail) const
{
    return {
        {QStringLiteral("company_name"), detail.companyName},
        {QStringLiteral("entity_type"), DomainText::name(detail.entityType)},
        {QStringLiteral("credit_code"), detail.creditCode},
        {QStringLiteral("category"), DomainText::name(detail.category)},
        {QStringLiteral("city"), QStringList {detail.province, detail.city}.join(QLatin1Char(' ')).trimmed()},
        {QStringLiteral("main_business"), detail.mainBusiness},
        {QStringLiteral("contact_person"), detail.contactPerson},
        {QStringLiteral("phone"), detail.phone},
        {QStringLiteral("email"), detail.email},
        {QStringLiteral("service_staff_count"), QString::number(detail.serviceStaffCount)},
        {QStringLiteral("service_hours"), detail.serviceHours},
        {QStringLiteral("warranty_period"), detail.warrantyPeriod},
        {QStringLiteral("markets"), marketTexts(detail.marketIds)},
        {QStringLiteral("agreements"),
         agreementTexts({detail.acceptsEntryAgreement, detail.acceptsManagementRules,
                         detail.acceptsPlatformAgreement})}};
}

QHash<QString, QString> ApplicationDialog::formValues() const
{
    QStringList markets;
    for (int row = 0; row < m_markets->count(); ++row) {
        if (m_markets->item(row)->checkState() == Qt::Checked)
            markets << m_markets->item(row)->text();
    }
    QStringList agreements;
    for (const QCheckBox* box : m_agreements) {
        if (box->isChecked())
            agreements << box->text();
    }
    QHash<QString, QString> values {
        {QStringLiteral("entity_type"), m_entityType->currentText()},
        {QStringLiteral("category"), m_category->currentText()},
        {QStringLiteral("city"),
         QStringList {m_province->currentData().toString(), m_city->currentData().toString()}
             .join(QLatin1Char(' '))
             .trimmed()},
        {QStringLiteral("main_business"), m_mainBusiness->toPlainText()},
        {QStringLiteral("service_staff_count"), QString::number(m_staff->value())},
        {QStringLiteral("markets"), markets.join(QLatin1Char('\n'))},
        {QStringLiteral("agreements"), agreements.join(QLatin1Char('\n'))}};
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    return values;
}

void ApplicationDialog::fill(const QHash<QString, QString>& values)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setText(values.value(it.key()));
    m_entityType->setCurrentIndex(
        std::max(0, m_entityType->findText(values.value(QStringLiteral("entity_type")))));
    m_category->setCurrentIndex(std::max(0, m_category->findText(values.value(QStringLiteral("category")))));
    const QStringList location = values.value(QStringLiteral("city")).split(QLatin1Char(' '));
    m_province->setCurrentIndex(std::max(0, m_province->findData(location.value(0))));
    m_city->setCurrentIndex(std::max(0, m_city->findData(location.value(1))));
    m_mainBusiness->setPlainText(values.value(QStringLiteral("main_business")));
    m_staff->setValue(values.value(QStringLiteral("service_staff_count")).toInt());
    const QStringList markets = values.value(QStringLiteral("markets")).split(QLatin1Char('\n'));
    for (int row = 0; row < m_markets->count(); ++row)
        m_markets->item(row)->setCheckState(markets.contains(m_markets->item(row)->text()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    const QStringList agreements = values.value(QStringLiteral("agreements")).split(QLatin1Char('\n'));
    for (QCheckBox* box : std::as_const(m_agreements))
        box->setChecked(agreements.contains(box->text()));
}

void ApplicationDialog::resolveConflict()
{
    std::optional<ApplicationRepository::Detail> saved;
    try {
        saved = ApplicationRepository(m_database).detail(m_applicationId);
    } catch (const StorageError& error) {
        m_feedback->showNote(error.userMessage());
        return;
    }
    if (!saved || !m_current) {
        m_feedback->showNote(tr("The application no longer exists."));
        return;
    }
    QList<std::pair<QString, QString>> fields = m_feedback->labelledFields();
    fields.removeIf([](const auto& field) { return field.first == QStringLiteral("files"); });
    const auto resolution
        = ConflictDialog::resolve(fields, valuesOf(*m_current), valuesOf(*saved), formValues(), this);
    if (!resolution)
        return;
    fill(resolution->values);
    m_current = saved; // the next save starts from their version
    m_feedback->showNote(resolution->note);
}

void ApplicationDialog::provinceChanged()
{
    const QString city = m_city->currentData().toString();
    m_city->clear();
    m_city->addItem(tr("— city —"), QString());
    for (const QString& name : ChinaRegions::builtIn().citiesOf(m_province->currentData().toString()))
        m_city->addItem(name, name);
    m_city->setCurrentIndex(std::max(0, m_city->findData(city)));
    m_city->setEnabled(m_city->count() > 1);
}

void ApplicationDialog::entityTypeChanged()
{
    const bool enterprise = m_entityType->currentData().toString() == enumKey(EntityType::Enterprise);
    editor(QStringLiteral("credit_code"))->setEnabled(enterprise);
}

void ApplicationDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach qualification material"), {},
        tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.ofd);;All files (*)"));
    if (!path.isEmpty())
        addFile(enumFromKey<ApplicationFileKind>(m_fileKind->currentData().toString())
                    .value_or(ApplicationFileKind::Other),
                path);
}

bool ApplicationDialog::addFile(ApplicationFileKind kind, const QString& path)
{
    std::optional<QByteArray> content = AttachmentReader::read(this, path, SaveApplication::maximumFileSize);
    if (!content)
        return false;
    const ApplicationFile attached {kind, QFileInfo(path).fileName(), *std::move(content)};
    m_newFiles.append(attached);
    m_files->addItem(tr("%1: %2 (new)").arg(DomainText::name(kind), attached.fileName));
    return true;
}

SaveApplication ApplicationDialog::command(bool submit) const
{
    SaveApplication command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.applicationId = m_applicationId;
    command.baseVersion = m_current ? m_current->version : 0;
    command.submit = submit;
    command.companyName = editor(QStringLiteral("company_name"))->text();
    command.contactPerson = editor(QStringLiteral("contact_person"))->text();
    command.phone = editor(QStringLiteral("phone"))->text();
    command.email = editor(QStringLiteral("email"))->text();
    command.category = enumFromKey<VendorCategory>(m_category->currentData().toString())
                           .value_or(VendorCategory::Software);
    command.entityType
        = enumFromKey<EntityType>(m_entityType->currentData().toString()).value_or(EntityType::Enterprise);
    command.creditCode = command.entityType == EntityType::Enterprise
        ? editor(QStringLiteral("credit_code"))->text()
        : QString();
    command.province = m_province->currentData().toString();
    command.city = m_city->currentData().toString();
    command.mainBusiness = m_mainBusiness->toPlainText();
    command.acceptsEntryAgreement = m_agreements.at(0)->isChecked();
    command.acceptsManagementRules = m_agreements.at(1)->isChecked();
    command.acceptsPlatformAgreement = m_agreements.at(2)->isChecked();
    for (int row = 0; row < m_markets->count(); ++row) {
        if (m_markets->item(row)->checkState() == Qt::Checked)
            command.marketIds << m_markets->item(row)->data(Qt::UserRole).toString();
    }
    command.serviceStaffCount = m_staff->value();
    command.serviceHours = editor(QStringLiteral("service_hours"))->text();
    command.warrantyPeriod = editor(QStringLiteral("warranty_period"))->text();
    command.files = m_newFiles;
    return command;
}

bool ApplicationDialog::save(bool submit)
{
    m_feedback->clear();
    const WriteOutcome outcome = m_service.save(command(submit));
    if (outcome.kind == WriteOutcome::Kind::Conflict && m_current) {
        resolveConflict();
        return false;
    }
    if (!m_feedback->report(outcome))
        return false;
    m_recovery.clear();
    QDialog::accept();
    return true;
}
