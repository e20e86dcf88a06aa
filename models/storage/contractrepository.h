#pragma once

#include "contracttext.h"
#include "contractworkflow.h"
#include "money.h"
#include "orderenums.h"
#include "savecontractdraft.h"
#include "tablespec.h"

#include <QList>

#include <optional>

class Database;

/// Reads contracts for the Contracts page and the contract wizard: the list, one contract with its
/// orders, the orders a contract may list, the buyer's saved party A details, and the document a
/// draft's text is generated from. Methods throw StorageError.
class ContractRepository
{
public:
    /// Columns of the Contracts page, in display order.
    enum Column {
        ContractNo,
        Kind,
        Seal,
        AppliedAt,
        Validity,
        State,
        SubState,
        CustomerNo,
        VendorName,
        Total,
        PaperCopyDue, ///< when the paper copies must be mailed; nothingDueMs when none are waiting
        ColumnCount
    };

    struct Buyer
    {
        QString id;
        QString customerNo;
        QString name;
        bool individual = false;
    };

    struct Vendor
    {
        QString id;
        QString name;
    };

    /// An order of the buyer with the vendor, as the wizard offers it.
    struct CandidateOrder
    {
        QString id;
        QString orderNo;
        QString productName;
        OrderType type = OrderType::New;
        OrderStatus status = OrderStatus::Paid;
        qint64 paidAtMs = 0;
        std::optional<Money> amount; ///< ContractRules::lineAmount; nothing when it may not be listed
        QString otherContractNo; ///< the contract that already lists it, empty when free
    };

    struct Detail
    {
        QString id;
        int version = 0;
        QString contractNo;
        ContractKind kind = ContractKind::Framework;
        SealMethod seal = SealMethod::OneSided;
        ContractSubState subState = ContractSubState::FillingIn;
        Buyer buyer;
        Vendor vendor;
        QString frameworkNo;
        Money total;
        PartyADetails partyA;
        QDate validFrom;
        QDate validUntil;
        QString filingProject;
        QString body;
        QString stateReason;
        QString createdBy;
        qint64 createdAtMs = 0;
        std::optional<qint64> customerSignedAtMs;
        std::optional<qint64> effectiveAtMs;
        std::optional<qint64> endedAtMs;
        int paperCopies = 0;
        QString paperRecipient;
        QString paperPhone;
        QString paperAddress;
        QString paperPostcode;
        std::optional<qint64> paperRequestedAtMs;
        std::optional<qint64> paperDueAtMs;
        QString paperCourier;
        QString paperTrackingNo;
        std::optional<qint64> paperMailedAtMs;
        QList<ContractDocument::Line> lines;
        QStringList orderIds;

        ContractState state() const { return ContractWorkflow::stateOf(subState); }
    };

    /// A contract that blocks or carries another: the buyer's framework contract.
    struct Reference
    {
        QString id;
        QString contractNo;
        ContractSubState subState = ContractSubState::FillingIn;
    };

    explicit ContractRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const QString& id);
    std::optional<Buyer> buyerByCustomerNo(const QString& customerNo);
    std::optional<Buyer> buyer(const QString& id);
    /// Active and suspended vendors by name.
    QList<Vendor> vendors();
    /// Every order of the buyer with the vendor, newest first; those listed by `contractId` count
    /// as free.
    QList<CandidateOrder> candidateOrders(const QString& buyerId, const QString& vendorId,
                                          const QString& contractId);
    std::optional<PartyADetails> partyA(const QString& buyerId);
    /// The buyer's valid (draft, signing or effective) framework contract with the vendor.
    std::optional<Reference> validFramework(const QString& buyerId, const QString& vendorId);
    /// The document a draft's text is generated from; `contractNo` and `frameworkNo` as stored,
    /// `candidates` the candidateOrders() the draft's orders are among.
    ContractDocument document(const SaveContractDraft& draft, const QString& contractNo,
                              const QString& frameworkNo, const QList<CandidateOrder>& candidates);

private:
    Database& m_database;
};
