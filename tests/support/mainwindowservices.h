#pragma once

#include "applicationservice.h"
#include "catalogueservice.h"
#include "contractservice.h"
#include "deliveryservice.h"
#include "depositservice.h"
#include "holidayservice.h"
#include "invoiceservice.h"
#include "mainwindow.h"
#include "marketplaceconnector.h"
#include "marketplaceservice.h"
#include "refundservice.h"
#include "sessioncredentialstore.h"
#include "systemclock.h"
#include "vendorservice.h"
#include "violationservice.h"

/// Every service the main window works with, over one database, for tests that open the window.
class MainWindowServices
{
public:
    explicit MainWindowServices(Database& database);

    MainWindow::Context context(QSettings& settings, const Permissions& permissions,
                                const QString& savedConnectionOverriddenBy = QString());

    Database& database;
    VendorService vendors;
    ApplicationService applications;
    DepositService deposits;
    ViolationService violations;
    CatalogueService catalogues;
    InvoiceService invoices;
    DeliveryService deliveries;
    RefundService refunds;
    ContractService contracts;
    HolidayService holidays;
    SystemClock clock;
    MarketplaceService marketplaceService;
    MarketplaceConnector marketplace;
    SessionCredentialStore credentials;
};
