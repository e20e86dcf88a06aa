#include "mainwindowservices.h"

MainWindowServices::MainWindowServices(Database& database)
    : database(database)
    , vendors(database)
    , applications(database)
    , deposits(database)
    , violations(database)
    , catalogues(database)
    , invoices(database)
    , deliveries(database)
    , refunds(database)
    , contracts(database)
    , holidays(database)
    , marketplaceService(database)
    , marketplace(marketplaceService, clock, {}, QStringLiteral("tester"))
{ }

MainWindow::Context MainWindowServices::context(QSettings& settings, const Permissions& permissions,
                                                const QString& savedConnectionOverriddenBy)
{
    return {database,
            vendors,
            applications,
            deposits,
            violations,
            catalogues,
            invoices,
            deliveries,
            refunds,
            contracts,
            holidays,
            clock,
            settings,
            QStringLiteral("tester"),
            QStringLiteral("test"),
            savedConnectionOverriddenBy,
            marketplace,
            credentials,
            permissions};
}
