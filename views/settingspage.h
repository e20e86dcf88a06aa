#pragma once

#include "databaseurl.h"

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
    /// Saves the invoice deadline rule shown in the two boxes; returns an error text, empty on success.
    QString saveInvoiceDeadline();

    /// Asks for a schedule file (the cn-holidays.json format) and imports it.
    void importHolidays();

private:
    void changeConnection();
    void showHolidayYears();
    void showInvoiceDeadline();

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
};
