#pragma once

#include "importflow.h"
#include "invoicerequestrepository.h"
#include "invoiceworkflow.h"
#include "queuepage.h"

class BuyerService;
class Clock;
class InvoiceService;
class MarketplaceConnector;
class QAction;
class HistoryTree;

/// The invoicing clerk's queue (SPEC 5): requests with their deadlines, overdue first; issuing one
/// by one or in batches, every other move of SPEC 5.4, the history of each request, import of the
/// console export and the tax software's results, and export of the current view.
class InvoicesPage : public QueuePage
{
    Q_OBJECT
public:
    InvoicesPage(Database& database, InvoiceService& service, MarketplaceConnector& marketplace,
                 const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    /// The action that performs `action` on the current request.
    QAction* actionFor(InvoiceAction action) const { return m_moveActions.value(action); }
    QAction* newRequestAction() const { return m_newRequest; }

protected:
    void showDetail(const QString& id) override;

private:
    void updateActions();
    std::optional<InvoiceRequestRepository::Detail> currentRequest();
    void newRequest();
    void issue();
    void issueSelected();
    void applyTaxResults();
    void perform(InvoiceAction action);
    void switchToNormal();
    void importConsoleExport();
    void importBuyerRecords();
    using StepsFactory = ImportFlow::Steps (*)(const QByteArray& content, const QString& fileName,
                                               const CommandHeader& header);
    /// Asks for a CSV file of `kind` and imports it; true when lines were imported.
    bool importFile(const QString& kind, const StepsFactory& steps);
    void exportView(bool xlsx);
    void openInvoiceFile();
    QStringList couriers();
    /// Asks for a CSV file and reads it; nothing when the user cancels or it cannot be read (said).
    std::optional<QByteArray> readChosenCsv(const QString& title, QString* path);
    void showError(const QString& message);

    Database& m_database;
    InvoiceService& m_service;
    const Clock& m_clock;
    QString m_actor;
    InvoiceRequestRepository m_repository;
    HistoryTree* m_history = nullptr;
    BuyerService* m_buyers = nullptr;
    QHash<InvoiceAction, QAction*> m_moveActions;
    QAction* m_newRequest = nullptr;
    QAction* m_issueSelected = nullptr;
    QAction* m_switchToNormal = nullptr;
    QAction* m_openFile = nullptr;
    std::optional<InvoiceRequestRepository::Detail> m_current;
};
