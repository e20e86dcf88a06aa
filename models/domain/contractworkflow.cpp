#include "contractworkflow.h"

namespace {

using A = ContractAction;
using S = ContractSubState;

} // namespace

const QList<ContractWorkflow::Transition>& ContractWorkflow::table()
{
    static const QList<Transition> transitions {
        {A::SubmitDetails, S::FillingIn, S::ConfirmingText},
        {A::ReviseDetails, S::ConfirmingText, S::FillingIn},
        {A::ReviseDetails, S::ConfirmingSignature, S::FillingIn},
        {A::ConfirmText, S::ConfirmingText, S::ConfirmingSignature},
        {A::ConfirmSignature, S::ConfirmingSignature, S::Generating},
        {A::FinishGenerating, S::Generating, S::CustomerSigning},
        {A::CustomerSigns, S::CustomerSigning, S::PlatformSigning},
        {A::CancelSigning, S::CustomerSigning, S::Cancelling},
        {A::FinishCancelling, S::Cancelling, S::Voided},
        {A::PlatformSigns, S::PlatformSigning, S::Effective},
        {A::RequestPaperCopy, S::Effective, S::PaperCopyRequested},
        {A::RecordPaperMailing, S::PaperCopyRequested, S::PaperCopyMailed},
        {A::Void, S::FillingIn, S::Voided},
        {A::Void, S::ConfirmingText, S::Voided},
        {A::Void, S::ConfirmingSignature, S::Voided},
        {A::Void, S::Generating, S::Voided},
        {A::Terminate, S::Effective, S::Terminated},
        {A::Terminate, S::PaperCopyRequested, S::Terminated},
        {A::Terminate, S::PaperCopyMailed, S::Terminated},
    };
    return transitions;
}

std::optional<ContractSubState> ContractWorkflow::target(ContractAction action, ContractSubState from)
{
    for (const Transition& transition : table()) {
        if (transition.action == action && transition.from == from)
            return transition.to;
    }
    return std::nullopt;
}

QList<ContractAction> ContractWorkflow::allowedActions(ContractSubState from)
{
    QList<ContractAction> actions;
    for (const Transition& transition : table()) {
        if (transition.from == from)
            actions << transition.action;
    }
    return actions;
}

ContractState ContractWorkflow::stateOf(ContractSubState subState)
{
    switch (subState) {
    case S::FillingIn:
    case S::ConfirmingText:
    case S::ConfirmingSignature:
    case S::Generating:
        return ContractState::Draft;
    case S::CustomerSigning:
    case S::Cancelling:
    case S::PlatformSigning:
        return ContractState::Signing;
    case S::Effective:
    case S::PaperCopyRequested:
    case S::PaperCopyMailed:
        return ContractState::Effective;
    case S::Voided:
        return ContractState::Voided;
    case S::Terminated:
        return ContractState::Terminated;
    }
    return ContractState::Draft;
}

bool ContractWorkflow::isEditable(ContractSubState subState)
{
    return subState == S::FillingIn || subState == S::ConfirmingText || subState == S::ConfirmingSignature;
}

bool ContractWorkflow::needsReason(ContractAction action)
{
    return action == A::Void || action == A::Terminate || action == A::CancelSigning;
}
