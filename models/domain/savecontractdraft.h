#pragma once

#include "commandheader.h"
#include "contractworkflow.h"
#include "fielderror.h"
#include "partyadetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

/// Creates (baseVersion 0) or rewrites a contract still being drafted, with everything the wizard
/// collected, and leaves it at the wizard's step `step` (filling in, confirming the text or
/// confirming the signature). Saving also updates the buyer's saved party A details.
struct SaveContractDraft
{
    Q_DECLARE_TR_FUNCTIONS(SaveContractDraft)
public:
    static constexpr const char* name = "contract.save_draft";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString contractId; ///< UUID; a new one for a new contract
    int baseVersion = 0;
    QString buyerId;
    QString vendorId;
    ContractKind kind = ContractKind::Framework;
    SealMethod seal = SealMethod::OneSided;
    QStringList orderIds; ///< order and filing contracts only
    PartyADetails partyA;
    QDate validFrom;
    QDate validUntil;
    QString filingProject; ///< what a filing contract files (备案项目)
    ContractSubState step = ContractSubState::FillingIn;

    /// The problems with the fields, checked without the database. While filling in, empty fields
    /// are allowed (a draft may be saved half done); from the text on, every field is needed.
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveContractDraft fromJson(const QJsonObject& json);
};
