#pragma once

#include "queuepage.h"
#include "vendorrepository.h"

class Clock;
class Database;
class QPushButton;
class VendorService;

/// The Vendors area: every vendor with its status, the detail pane with markets and deposit,
/// and editing of the contact (Ctrl+E).
class VendorsPage : public QueuePage
{
    Q_OBJECT
public:
    VendorsPage(Database& database, VendorService& service, const Clock& clock, const QString& actor,
                QWidget* parent = nullptr);

    /// Opens the contact dialog for the selected vendor.
    void editContact();

protected:
    void showDetail(const QString& id) override;

private:
    VendorRepository m_repository;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QPushButton* m_editButton = nullptr;
};
