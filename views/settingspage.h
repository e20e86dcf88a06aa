#pragma once

#include "databaseurl.h"

#include <QWidget>

class Clock;
class CredentialStore;
class MarketplaceConnector;
class HolidayService;
class Database;
class QComboBox;
class QLabel;
class QSettings;
class RuleSettingsBox;
class SettingsService;

/// Settings: the database connection (edited in ConnectionDialog, saved for the next start), the
/// interface language, the holiday calendar's imported years and the marketplace connection on
/// the left; the deadlines and limits of the marketplace's rules (RuleSettingsBox) on the right.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    struct Connection
    {
        DatabaseUrl inUse;
        QString source; ///< translated: where the URL in use came from, e.g. "the --database option"
        /// Translated: the option or variable that chooses the database at every start and so
        /// keeps a saved connection waiting; empty when a saved one is used.
        QString savedOverriddenBy;
    };

    /// `preferences` holds this machine's choices (database URL, language).
    SettingsPage(QSettings& preferences, const Connection& connection, Database& database,
                 HolidayService& holidays, const Clock& clock, const QString& actor,
                 MarketplaceConnector& marketplace, CredentialStore& credentials, QWidget* parent = nullptr);

    RuleSettingsBox* ruleSettings() const { return m_rules; }

    /// Asks for a schedule file (the cn-holidays.json format) and imports it.
    void importHolidays();

private:
    void changeConnection();
    void showHolidayYears();

    QSettings& m_preferences;
    HolidayService& m_holidays;
    const Clock& m_clock;
    QString m_actor;
    Connection m_connection;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_holidayYears = nullptr;
    QComboBox* m_language = nullptr;
    SettingsService* m_settings = nullptr;
    RuleSettingsBox* m_rules = nullptr;
};
