#pragma once

#include "queuepage.h"
#include "vendorrepository.h"

class Clock;
class Database;
class DepositService;
class QAction;
class QPushButton;
class HistoryTree;
class VendorChangesTab;
class VendorDepositTab;
class VendorService;
class VendorViolationsTab;
class ViolationService;

/// The Vendors area: every vendor with its status; beside it the profile with markets, products
/// and applications, the deposit ledger, violations by year, material changes and the vendor's
/// history. Reviewers record deposits, violations and material changes and change a vendor's
/// standing from here.
class VendorsPage : public QueuePage
{
    Q_OBJECT
public:
    struct Services
    {
        VendorService& vendors;
        DepositService& deposits;
        ViolationService& violations;
    };

    VendorsPage(Database& database, const Services& services, const Clock& clock, const QString& actor,
                QWidget* parent = nullptr);

    /// Opens the contact dialog for the selected vendor.
    void editContact();
    void recordDeposit();
    void recordViolation();
    /// Opens the material change dialog for the selected vendor (SPEC 2.5).
    void recordChange();
    /// Opens the standing dialog; with `expel` it starts on the expulsion for points.
    void changeStanding(bool expel = false);
    VendorDepositTab* depositTab() const { return m_deposit; }
    VendorViolationsTab* violationsTab() const { return m_violations; }
    VendorChangesTab* changesTab() const { return m_changes; }

protected:
    void showDetail(const QString& id) override;

private:
    void showHistory(const VendorId& id);

    Database& m_database;
    VendorRepository m_repository;
    Services m_services;
    const Clock& m_clock;
    QString m_actor;
    std::optional<VendorRepository::Detail> m_current;
    QPushButton* m_editButton = nullptr;
    QAction* m_depositAction = nullptr;
    QAction* m_violationAction = nullptr;
    QAction* m_standingAction = nullptr;
    QAction* m_changeAction = nullptr;
    VendorDepositTab* m_deposit = nullptr;
    VendorViolationsTab* m_violations = nullptr;
    VendorChangesTab* m_changes = nullptr;
    HistoryTree* m_history = nullptr;
};
