#pragma once

#include "contractrepository.h"
#include "queuepage.h"
#include "writeoutcome.h"

class Clock;
class ContractService;
class QAction;
class QTextBrowser;

/// The Contracts page (SPEC 6): contracts by state with their type, seal, validity and sub-state;
/// for the selected contract its parties, orders, paper copies and text; the wizard for a new
/// contract or to resume a draft, and the moves each state allows.
class ContractsPage : public QueuePage
{
    Q_OBJECT
public:
    ContractsPage(Database& database, ContractService& service, const Clock& clock, const QString& actor,
                  QWidget* parent = nullptr);

    /// The action that takes `action` on the selected contract.
    QAction* actionFor(ContractAction action) const { return m_moves.value(int(action)); }
    QAction* newContractAction() const { return m_new; }
    QAction* resumeDraftAction() const { return m_resume; }
    QAction* deleteAction() const { return m_delete; }
    QAction* savePdfAction() const { return m_savePdf; }
    QTextBrowser* textView() const { return m_text; }
    /// Whether moves ask for confirmation and reasons in dialogs (off in tests, which call
    /// perform() with the reason).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /// Takes `action` on the selected contract with `reason`; false when it was refused.
    bool perform(ContractAction action, const QString& reason = {});
    /// Deletes the selected contract, which must be voided.
    bool deleteSelected();

protected:
    void showDetail(const QString& id) override;

private:
    QAction* addMove(QMenu* menu, ContractAction action, const QString& text);
    void updateActions();
    void openWizard(bool resume);
    void askAndPerform(ContractAction action);
    void requestPaperCopy();
    void recordMailing();
    void savePdf();
    void print();
    bool report(const WriteOutcome& outcome);

    Database& m_database;
    ContractService& m_service;
    const Clock& m_clock;
    QString m_actor;
    ContractRepository m_repository;
    QTextBrowser* m_text = nullptr;
    QHash<int, QAction*> m_moves;
    QAction* m_new = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_savePdf = nullptr;
    QAction* m_print = nullptr;
    std::optional<ContractRepository::Detail> m_current;
    bool m_interactive = true;
};
