#pragma once

#include "commandheader.h"
#include "contractworkflow.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// One move of a contract the user saw at `baseVersion`, after its draft: confirming the
/// signature, the signatures of each party, cancelling, voiding, terminating, and recording the
/// mailing of paper copies (with `courier` and `trackingNo`). The wizard's own steps are made by
/// SaveContractDraft and paper copies are requested by RequestPaperCopy.
struct MoveContract
{
    Q_DECLARE_TR_FUNCTIONS(MoveContract)
public:
    static constexpr const char* name = "contract.move";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumReasonLength = 500;

    CommandHeader header;
    QString contractId;
    int baseVersion = 0;
    ContractAction action = ContractAction::ConfirmSignature;
    QString reason; ///< required when ContractWorkflow::needsReason(action)
    QString courier; ///< RecordPaperMailing only
    QString trackingNo; ///< RecordPaperMailing only

    /// Whether the action is one this command makes (not a wizard step or a paper-copy request).
    static bool isMoveAction(ContractAction action);
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static MoveContract fromJson(const QJsonObject& json);
};
