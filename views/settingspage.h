#pragma once

#include "databaseurl.h"
#include "settingsservice.h"

#include <QWidget>

class Clock;
class CredentialStore;
class MarketplaceConnector;
class HolidayService;
class Database;
class QComboBox;
class QSpinBox;
class SettingsService;
class QLabel;
class QSettings;

/// Settings: the database connection (edited in ConnectionDialog, used from the next start), the
/// interface language, the holiday calendar's imported years, the invoice deadline rule and the
/// marketplace connection.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    /// `preferences` holds this machine's choices (database URL, language); `urlSource` says where
    /// the URL in use came from, e.g. "--database".
    SettingsPage(QSettings& preferences, const DatabaseUrl& inUse, const QString& urlSource,
                 Database& database, HolidayService& holidays, const Clock& clock, const QString& actor,
                 MarketplaceConnector& marketplace, CredentialStore& credentials, QWidget* parent = nullptr);

    QSpinBox* invoiceDaysBox() const { return m_invoiceDays; }
    QComboBox* invoiceDayKindBox() const { return m_invoiceDayKind; }
    /// Saves the invoice deadline rule shown in the two boxes on the versions shown; false (after
    /// saying why) when it was not saved. When someone else changed the rule meanwhile, a
    /// ConflictDialog offers theirs, or theirs plus the user's change to be saved again.
    bool saveInvoiceDeadline();

    /// Asks for a schedule file (the cn-holidays.json format) and imports it.
    void importHolidays();

private:
    void changeConnection();
    void showHolidayYears();
    void showInvoiceDeadline();
    /// The deadline boxes' texts, keyed by setting, as ConflictDialog compares them.
    QHash<QString, QString> invoiceDeadlineTexts(const QHash<QString, QString>& values) const;
    void resolveInvoiceDeadlineConflict();

    QSettings& m_preferences;
    HolidayService& m_holidays;
    const Clock& m_clock;
    QString m_actor;
    DatabaseUrl m_inUse;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_holidayYears = nullptr;
    QComboBox* m_language = nullptr;
    SettingsService* m_settings = nullptr;
    QSpinBox* m_invoiceDays = nullptr;
    QComboBox* m_invoiceDayKind = nullptr;
    QLabel* m_invoiceDeadlineNote = nullptr;
    /// The stored invoice deadline settings the boxes started from.
    QHash<QString, SettingsService::Setting> m_invoiceDeadlineBase;
};
