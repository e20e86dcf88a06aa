#pragma once

#include "contractparties.h"
#include "contractrepository.h"
#include "formfeedback.h"

#include <QWizard>

#include <memory>
#include <optional>

class Clock;
class ContractOrderPickModel;
class ContractService;
class PartyAEditor;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTextBrowser;

/// Creating a contract in the order of SPEC 6: the type (with the buyer and the vendor), the seal
/// method, the orders (order and filing contracts), party A's details pre-filled from the buyer's
/// saved ones, the generated text to confirm, and the signing to confirm. "Save draft" keeps the
/// contract at the current step; a draft opened again resumes there. Finishing confirms the
/// signature: the text is fixed and the contract goes to the customer for signing.
class ContractWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TypePage, SealPage, OrdersPage, PartyPage, TextPage, SignPage };

    /// `draft` resumes a contract still being drafted; without it a new contract is made.
    ContractWizard(Database& database, ContractService& service, const Clock& clock, const QString& actor,
                   const std::optional<ContractRepository::Detail>& draft = std::nullopt,
                   QWidget* parent = nullptr);
    ~ContractWizard() override;

    QString contractId() const { return m_contractId; }
    QLineEdit* customerEdit() const { return m_customer; }
    QComboBox* vendorBox() const { return m_vendor; }
    QRadioButton* kindButton(ContractKind kind) const { return m_kindButtons.at(int(kind)); }
    QRadioButton* sealButton(SealMethod seal) const { return m_sealButtons.at(int(seal)); }
    ContractOrderPickModel* orderModel() const { return m_orders; }
    QLineEdit* filingProjectEdit() const { return m_filingProject; }
    /// The party A editor of `field`: "partyName", "partyAddress", "partyContact", "partyPhone" or
    /// "partyEmail".
    QLineEdit* partyEdit(const QString& field) const;
    QTextBrowser* textView() const { return m_text; }
    QCheckBox* textConfirmation() const { return m_textConfirmed; }
    QCheckBox* signingConfirmation() const { return m_signConfirmed; }
    QLabel* problemsLabel() const { return m_problems; }

    /// Saves the contract as a draft at the current step; false (with the reason shown) when it
    /// could not be saved.
    bool saveDraft();

    /// Showing a resumed draft opens it at the step it was saved at.
    void setVisible(bool visible) override;
    int nextId() const override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

public slots:
    void accept() override;
    /// Asks before closing a contract that was never saved.
    void reject() override;

private:
    QWizardPage* buildTypePage();
    QWizardPage* buildSealPage();
    QWizardPage* buildOrdersPage();
    QWizardPage* buildPartyPage();
    QWizardPage* buildTextPage();
    QWizardPage* buildSignPage();
    void resolveBuyer();
    void updateFrameworkNote();
    void fill(const ContractRepository::Detail& draft);
    SaveContractDraft command(ContractSubState step) const;
    ContractKind kind() const;
    SealMethod seal() const;
    QString vendorId() const;
    bool save(ContractSubState step);
    /// After a save met a newer version: both side by side, then the form from the user's choice.
    void resolveConflict(const WriteOutcome& conflict);
    /// Offers the buyer's orders with the vendor, `checkedIds` checked.
    void loadOrders(const QStringList& checkedIds);

    Database& m_database;
    ContractService& m_service;
    const Clock& m_clock;
    QString m_actor;
    ContractRepository m_repository;
    ContractParties m_parties;
    QString m_contractId;
    QString m_contractNo;
    int m_version = 0;
    /// The draft as last read or saved: what a conflict is judged against.
    std::optional<ContractRepository::Detail> m_opened;
    QStringList m_initialOrderIds;
    int m_resumePage = TypePage;

    QLineEdit* m_customer = nullptr;
    QLabel* m_buyerName = nullptr;
    QComboBox* m_vendor = nullptr;
    QList<QRadioButton*> m_kindButtons;
    QLabel* m_frameworkNote = nullptr;
    QList<QRadioButton*> m_sealButtons;
    QLabel* m_sealNote = nullptr;
    ContractOrderPickModel* m_orders = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_orderMessage = nullptr;
    QLineEdit* m_filingProject = nullptr;
    QLabel* m_filingProjectLabel = nullptr;
    std::unique_ptr<PartyAEditor> m_party;
    QDateEdit* m_validFrom = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QTextBrowser* m_text = nullptr;
    QCheckBox* m_textConfirmed = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_signConfirmed = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_savedNote = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
