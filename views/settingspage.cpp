#include "settingspage.h"

#include "clock.h"
#include "conflictdialog.h"
#include "connectiondialog.h"
#include "holidayservice.h"
#include "marketplacesettingsbox.h"
#include "permissiongate.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace {

const QString slaDaysKey = QStringLiteral("invoice.sla_days");
const QString slaWorkingDaysKey = QStringLiteral("invoice.sla_working_days");

} // namespace

SettingsPage::SettingsPage(QSettings& preferences, const DatabaseUrl& inUse, const QString& urlSource,
                           Database& database, HolidayService& holidays, const Clock& clock,
                           const QString& actor, MarketplaceConnector& marketplace,
                           CredentialStore& credentials, QWidget* parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_holidays(holidays)
    , m_clock(clock)
    , m_actor(actor)
    , m_inUse(inUse)
    , m_databaseLabel(new QLabel(this))
    , m_holidayYears(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_settings(new SettingsService(database, this))
    , m_invoiceDays(new QSpinBox(this))
    , m_invoiceDayKind(new QComboBox(this))
    , m_invoiceDeadlineNote(new QLabel(this))
{
    auto* databaseBox = new QGroupBox(tr("Database"), this);
    auto* databaseLayout = new QFormLayout(databaseBox);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setText(tr("%1\n(from %2)").arg(inUse.toString(), urlSource));
    databaseLayout->addRow(tr("In use"), m_databaseLabel);
    auto* change = new QPushButton(tr("&Change connection…"), databaseBox);
    databaseLayout->addRow(QString(), change);
    connect(change, &QPushButton::clicked, this, &SettingsPage::changeConnection);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageLayout = new QFormLayout(languageBox);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(preferences.value(QStringLiteral("language")).toString())));
    auto* languageLabel = new QLabel(tr("&Interface language"), languageBox);
    languageLabel->setBuddy(m_language);
    languageLayout->addRow(languageLabel, m_language);
    auto* restartNote = new QLabel(tr("A new language is used from the next start."), languageBox);
    languageLayout->addRow(QString(), restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences.setValue(QStringLiteral("language"), m_language->currentData().toString());
    });

    auto* holidayBox = new QGroupBox(tr("Holiday calendar"), this);
    auto* holidayLayout = new QFormLayout(holidayBox);
    holidayLayout->addRow(tr("Published years"), m_holidayYears);
    auto* import = new QPushButton(tr("&Import holiday schedule…"), holidayBox);
    PermissionGate::require(import, QLatin1String(Permissions::settingsEdit));
    import->setToolTip(
        tr("Add a year when the State Council publishes its holidays and make-up working days."));
    holidayLayout->addRow(QString(), import);
    connect(import, &QPushButton::clicked, this, &SettingsPage::importHolidays);

    auto* invoiceBox = new QGroupBox(tr("Invoice deadline"), this);
    auto* invoiceLayout = new QFormLayout(invoiceBox);
    m_invoiceDays->setRange(1, 60);
    m_invoiceDayKind->addItem(tr("calendar days"), 0);
    m_invoiceDayKind->addItem(tr("working days (holiday calendar)"), 1);
    auto* rule = new QHBoxLayout;
    rule->addWidget(m_invoiceDays);
    rule->addWidget(m_invoiceDayKind, 1);
    auto* ruleLabel = new QLabel(tr("Issue &within"), invoiceBox);
    ruleLabel->setBuddy(m_invoiceDays);
    invoiceLayout->addRow(ruleLabel, rule);
    auto* saveRule = new QPushButton(tr("&Save deadline rule"), invoiceBox);
    PermissionGate::require(saveRule, QLatin1String(Permissions::settingsEdit));
    invoiceLayout->addRow(QString(), saveRule);
    m_invoiceDeadlineNote->setWordWrap(true);
    invoiceLayout->addRow(QString(), m_invoiceDeadlineNote);
    connect(saveRule, &QPushButton::clicked, this, &SettingsPage::saveInvoiceDeadline);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(databaseBox);
    layout->addWidget(languageBox);
    layout->addWidget(holidayBox);
    layout->addWidget(invoiceBox);
    layout->addWidget(new MarketplaceSettingsBox(marketplace, credentials, preferences, this));
    layout->addStretch(1);
    showHolidayYears();
    showInvoiceDeadline();
}

void SettingsPage::showInvoiceDeadline()
{
    try {
        m_invoiceDeadlineBase = {{slaDaysKey, m_settings->read(slaDaysKey)},
                                 {slaWorkingDaysKey, m_settings->read(slaWorkingDaysKey)}};
        m_invoiceDays->setValue(m_invoiceDeadlineBase.value(slaDaysKey).value.toInt());
        m_invoiceDayKind->setCurrentIndex(
            m_invoiceDeadlineBase.value(slaWorkingDaysKey).value.toInt() == 1 ? 1 : 0);
        m_invoiceDeadlineNote->setText(tr("Applies to requests that arrive from now on; a request keeps the "
                                          "deadline it got when it arrived."));
    } catch (const StorageError& error) {
        m_invoiceDeadlineNote->setText(error.message());
    }
}

bool SettingsPage::saveInvoiceDeadline()
{
    const QList<std::pair<QString, QString>> values {
        {slaDaysKey, QString::number(m_invoiceDays->value())},
        {slaWorkingDaysKey, m_invoiceDayKind->currentData().toString()},
    };
    QList<SaveSetting> commands;
    for (const auto& [key, value] : values) {
        const SettingsService::Setting base = m_invoiceDeadlineBase.value(key);
        if (base.value != value)
            commands.append({{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                             key,
                             value,
                             base.version});
    }
    const WriteOutcome outcome = m_settings->saveAll(commands);
    if (outcome.kind == WriteOutcome::Kind::Conflict) {
        resolveInvoiceDeadlineConflict();
        return false;
    }
    if (!outcome.succeeded()) {
        QMessageBox::warning(this, tr("Invoice deadline"),
                             outcome.fieldErrors.isEmpty() ? outcome.message
                                                           : outcome.fieldErrors.first().message);
        return false;
    }
    showInvoiceDeadline();
    m_invoiceDeadlineNote->setText(
        tr("Saved: new requests must be issued within %1.")
            .arg(m_invoiceDays->text() + QLatin1Char(' ') + m_invoiceDayKind->currentText()));
    return true;
}

QHash<QString, QString> SettingsPage::invoiceDeadlineTexts(const QHash<QString, QString>& values) const
{
    const int kind = std::max(0, m_invoiceDayKind->findData(values.value(slaWorkingDaysKey).toInt()));
    return {{slaDaysKey, values.value(slaDaysKey)}, {slaWorkingDaysKey, m_invoiceDayKind->itemText(kind)}};
}

void SettingsPage::resolveInvoiceDeadlineConflict()
{
    QHash<QString, SettingsService::Setting> saved;
    try {
        saved = {{slaDaysKey, m_settings->read(slaDaysKey)},
                 {slaWorkingDaysKey, m_settings->read(slaWorkingDaysKey)}};
    } catch (const StorageError& error) {
        m_invoiceDeadlineNote->setText(error.message());
        return;
    }
    const auto valuesOf = [](const QHash<QString, SettingsService::Setting>& settings) {
        QHash<QString, QString> values;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            values.insert(it.key(), it.value().value);
        return values;
    };
    const QHash<QString, QString> mine {{slaDaysKey, QString::number(m_invoiceDays->value())},
                                        {slaWorkingDaysKey, m_invoiceDayKind->currentData().toString()}};
    const auto resolution
        = ConflictDialog::resolve({{slaDaysKey, tr("Days to issue")}, {slaWorkingDaysKey, tr("Counted in")}},
                                  invoiceDeadlineTexts(valuesOf(m_invoiceDeadlineBase)),
                                  invoiceDeadlineTexts(valuesOf(saved)), invoiceDeadlineTexts(mine), this);
    if (!resolution)
        return;
    m_invoiceDeadlineBase = saved; // the next save starts from their version
    m_invoiceDays->setValue(resolution->values.value(slaDaysKey).toInt());
    m_invoiceDayKind->setCurrentIndex(
        std::max(0, m_invoiceDayKind->findText(resolution->values.value(slaWorkingDaysKey))));
    m_invoiceDeadlineNote->setText(resolution->note);
}

void SettingsPage::changeConnection()
{
    ConnectionDialog dialog(m_inUse, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<DatabaseUrl> url = dialog.url();
    if (!url)
        return;
    m_preferences.setValue(QStringLiteral("database/url"), url->toString());
    QMessageBox::information(this, tr("Database connection saved"),
                             tr("MarketDesk will use %1 from the next start.").arg(url->toString()));
}

void SettingsPage::showHolidayYears()
{
    try {
        QStringList years;
        const WorkingCalendar calendar = m_holidays.calendar();
        for (int year : calendar.years())
            years << QString::number(year);
        QString text = years.isEmpty() ? tr("None") : years.join(QStringLiteral(", "));
        const int thisYear = QDate::currentDate().year();
        if (!calendar.hasScheduleFor(thisYear))
            text
                += QLatin1Char('\n') + tr("No schedule for %1: deadlines count weekends only.").arg(thisYear);
        m_holidayYears->setText(text);
    } catch (const StorageError& error) {
        m_holidayYears->setText(error.message());
    }
}

void SettingsPage::importHolidays()
{
    const QString fileName
        = QFileDialog::getOpenFileName(this, tr("Holiday schedule"), QString(), tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Holiday schedule"),
                             tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    const WorkingCalendar::ParseResult schedule = WorkingCalendar::parseSchedule(file.readAll());
    if (!schedule.error.isEmpty()) {
        QMessageBox::warning(this, tr("Holiday schedule"), schedule.error);
        return;
    }
    ImportHolidays command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.years = schedule.years;
    command.days = schedule.days;
    const WriteOutcome outcome = m_holidays.importSchedule(command);
    if (!outcome.succeeded()) {
        const QString reason
            = outcome.fieldErrors.isEmpty() ? outcome.message : outcome.fieldErrors.first().message;
        QMessageBox::warning(this, tr("Holiday schedule"), tr("Nothing was imported.\n\n%1").arg(reason));
        return;
    }
    showHolidayYears();
}
