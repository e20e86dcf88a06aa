#include "settingspage.h"

#include "clock.h"
#include "connectiondialog.h"
#include "databaselocator.h"
#include "holidayservice.h"
#include "marketplacesettingsbox.h"
#include "permissiongate.h"
#include "rulesettingsbox.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUuid>
#include <QVBoxLayout>

SettingsPage::SettingsPage(QSettings& preferences, const Connection& connection, Database& database,
                           HolidayService& holidays, const Clock& clock, const QString& actor,
                           MarketplaceConnector& marketplace, CredentialStore& credentials, QWidget* parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_holidays(holidays)
    , m_clock(clock)
    , m_actor(actor)
    , m_connection(connection)
    , m_databaseLabel(new QLabel(this))
    , m_holidayYears(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_settings(new SettingsService(database, this))
    , m_rules(new RuleSettingsBox(*m_settings, clock, actor, this))
{
    auto* databaseBox = new QGroupBox(tr("Database"), this);
    auto* databaseLayout = new QFormLayout(databaseBox);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setText(tr("%1\n(from %2)").arg(connection.inUse.toString(), connection.source));
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

    // This machine's choices on the left, the figures every user works with on the right.
    auto* machine = new QVBoxLayout;
    machine->addWidget(databaseBox);
    machine->addWidget(languageBox);
    machine->addWidget(holidayBox);
    machine->addWidget(new MarketplaceSettingsBox(marketplace, credentials, preferences, this));
    machine->addStretch(1);
    auto* rules = new QVBoxLayout;
    rules->addWidget(m_rules);
    rules->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(machine, 3);
    layout->addLayout(rules, 2);
    showHolidayYears();
}

void SettingsPage::changeConnection()
{
    ConnectionDialog dialog(m_connection.inUse, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<DatabaseUrl> url = dialog.url();
    if (!url)
        return;
    DatabaseLocator::save(*url, m_preferences);
    const QString saved = m_connection.savedOverriddenBy.isEmpty()
        ? tr("MarketDesk will use %1 from the next start.").arg(url->toString())
        : tr("MarketDesk will use %1 when it is started without %2, which chooses the database "
             "at every start.")
              .arg(url->toString(), m_connection.savedOverriddenBy);
    QMessageBox::information(this, tr("Database connection saved"), saved);
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
        m_holidayYears->setText(error.userMessage());
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
