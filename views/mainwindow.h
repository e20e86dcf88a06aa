#pragma once

#include "permissions.h"

#include <QHash>
#include <QMainWindow>

class ApplicationService;
class CatalogueService;
class Clock;
class ContractService;
class CredentialStore;
class MarketplaceConnector;
class Database;
class DeliveryService;
class DepositService;
class DueJobScheduler;
class HolidayService;
class InvoiceService;
class QListWidget;
class QSettings;
class QStackedWidget;
class QueuePage;
class RefundService;
class SettingsPage;
class VendorService;
class ViolationService;

/// The main window: a navigation list of the areas that work, one page per area, and a status
/// bar naming the database in use. Remembers its geometry, the last page and each list's view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Context
    {
        Database& database;
        VendorService& vendors;
        ApplicationService& applications;
        DepositService& deposits;
        ViolationService& violations;
        CatalogueService& catalogues;
        InvoiceService& invoices;
        DeliveryService& deliveries;
        RefundService& refunds;
        ContractService& contracts;
        HolidayService& holidays;
        const Clock& clock;
        QSettings& preferences;
        QString actor; ///< who the commands are recorded for
        QString urlSource; ///< where the database URL came from, for Settings
        /// The option or variable that overrides a saved connection (SettingsPage::Connection)
        QString savedConnectionOverriddenBy;
        MarketplaceConnector& marketplace;
        CredentialStore& credentials; ///< where Settings keeps the marketplace AccessKey
        /// What the user may do, as the database says (PermissionRepository); what it does not
        /// allow is hidden.
        Permissions permissions;
    };

    explicit MainWindow(const Context& context, QWidget* parent = nullptr);

    /// Page names in navigation order: "vendors", "orders", "deliveries", "invoices",
    /// "contracts", "settings".
    QStringList pageNames() const;
    /// Shows the page with the keyboard focus in it; false when there is no page of that name.
    bool showPage(const QString& name);
    QString currentPageName() const;
    QWidget* page(const QString& name) const { return m_pages.value(name); }
    /// Puts a warning in the status bar, e.g. a missing holiday schedule; empty clears it.
    void setCalendarWarning(const QString& warning);
    /// Runs the due jobs now and every `intervalMs` on a worker thread; lists refresh when a job
    /// changed something.
    void startDueJobs(int intervalMs);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& name, const QString& title, QWidget* page);
    void focusCurrentPage();
    /// The first start's size, nothing saved yet: most of the screen, centred, for a queue's
    /// columns and its detail pane side by side.
    void fitToScreen();
    void saveState();

    Context m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QHash<QString, QWidget*> m_pages;
    QStringList m_order;
    DueJobScheduler* m_dueJobs = nullptr;
};
