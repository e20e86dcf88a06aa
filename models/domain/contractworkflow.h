#pragma once

#include "contractenums.h"

#include <QList>

#include <optional>

/// What can be done to a contract (SPEC 6). The wizard's steps are moves too, so that a draft
/// saved at any step resumes where it stood.
enum class ContractAction {
    SubmitDetails, ///< type, seal, orders and party A filled in: show the text
    ReviseDetails, ///< back from the text or the signing step to the details
    ConfirmText,
    ConfirmSignature, ///< the text is fixed from here on; the document is generated
    FinishGenerating,
    CustomerSigns,
    CancelSigning, ///< only before the customer has signed
    FinishCancelling,
    PlatformSigns,
    RequestPaperCopy,
    RecordPaperMailing,
    Void,
    Terminate,
};

template<> struct EnumKeyTable<ContractAction>
{
    static constexpr std::array<std::pair<ContractAction, std::string_view>, 13> entries {{
        {ContractAction::SubmitDetails, "submit_details"},
        {ContractAction::ReviseDetails, "revise_details"},
        {ContractAction::ConfirmText, "confirm_text"},
        {ContractAction::ConfirmSignature, "confirm_signature"},
        {ContractAction::FinishGenerating, "finish_generating"},
        {ContractAction::CustomerSigns, "customer_signs"},
        {ContractAction::CancelSigning, "cancel_signing"},
        {ContractAction::FinishCancelling, "finish_cancelling"},
        {ContractAction::PlatformSigns, "platform_signs"},
        {ContractAction::RequestPaperCopy, "request_paper_copy"},
        {ContractAction::RecordPaperMailing, "record_paper_mailing"},
        {ContractAction::Void, "void"},
        {ContractAction::Terminate, "terminate"},
    }};
};

/// The states and sub-states of SPEC 6 as one transition table, and the rules that hang on where
/// a contract stands.
class ContractWorkflow
{
public:
    struct Transition
    {
        ContractAction action;
        ContractSubState from;
        ContractSubState to;
    };

    static const QList<Transition>& table();
    /// Where `action` takes a contract in `from`, or nothing when the move is not allowed.
    static std::optional<ContractSubState> target(ContractAction action, ContractSubState from);
    /// The actions allowed in `from`, in table order.
    static QList<ContractAction> allowedActions(ContractSubState from);
    /// The state a sub-state belongs to.
    static ContractState stateOf(ContractSubState subState);
    /// Whether the wizard may still change the contract's content (type, seal, orders, party A):
    /// only before the signature is confirmed; from then on the text never changes.
    static bool isEditable(ContractSubState subState);
    /// Only a voided contract may be deleted; deleting it releases its orders.
    static bool canDelete(ContractSubState subState) { return subState == ContractSubState::Voided; }
    /// Whether the action must give a reason (voiding, terminating, cancelling the signing).
    static bool needsReason(ContractAction action);
};
