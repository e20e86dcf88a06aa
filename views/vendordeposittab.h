#pragma once

#include "depositrepository.h"
#include "documentpdf.h"
#include "vendorrepository.h"

#include <QWidget>

class Clock;
class Database;
class DepositLedgerModel;
class DepositService;
class QLabel;
class QPushButton;
class QTableView;

/// The deposit tab of the Vendors page (SPEC 2.3): amount due (highest market plus surcharges),
/// balance and shortfall, the time left to top up after a deduction and the settlement a late
/// shortfall is taken from, a proposed surcharge to
/// confirm or decline, and the ledger with its deposit receipts.
class VendorDepositTab : public QWidget
{
    Q_OBJECT
public:
    VendorDepositTab(Database& database, DepositService& service, const Clock& clock, const QString& actor,
                     QWidget* parent = nullptr);

    /// Shows the ledger of `vendor`; nothing selected clears the tab.
    void showVendor(const std::optional<VendorRepository::Detail>& vendor);
    const DepositRepository::Ledger& ledger() const { return m_ledger; }
    QLabel* summaryLabel() const { return m_summary; }
    DepositLedgerModel* ledgerModel() const { return m_model; }
    /// Confirms (true) or declines the proposed surcharge; false when there is none or it failed.
    bool decideSurcharge(bool confirm);
    /// Writes the receipt of the selected payment or top-up to `path`; a translated error or empty.
    QString saveReceipt(const QString& path) const;
    /// Sends the receipt of the selected payment or top-up to a printer the user picks.
    void printReceipt();
    /// Opens the mailing dialog for the receipt of the selected line.
    void recordMailing();
    QTableView* tableView() const { return m_table; }
    QPushButton* receiptButton() const { return m_receipt; }
    QPushButton* mailedButton() const { return m_mailed; }

private:
    void chooseReceiptFile();
    /// The receipt of the selected line, or nothing when no payment or top-up is selected.
    std::optional<DocumentPdf> selectedReceipt() const;
    const DepositRepository::SurchargeRow* proposedSurcharge() const;
    /// What happens next to a shortfall, as seen at `now`: top up by the deadline, the settlement
    /// it is taken from, or the suspension.
    static QString scheduleText(const DepositLedger::ShortfallSchedule& schedule, const QDateTime& now);

    Database& m_database;
    DepositService& m_service;
    const Clock& m_clock;
    QString m_actor;
    std::optional<VendorRepository::Detail> m_vendor;
    DepositRepository::Ledger m_ledger;
    QLabel* m_summary = nullptr;
    QLabel* m_surcharge = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_mailed = nullptr;
    QPushButton* m_print = nullptr;
    DepositLedgerModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};
