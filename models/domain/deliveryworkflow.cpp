#include "deliveryworkflow.h"

namespace {

using A = DeliveryAction;
using R = DeliveryActor;
using S = DeliveryState;

} // namespace

const QList<DeliveryWorkflow::Transition>& DeliveryWorkflow::table()
{
    static const QList<Transition> transitions {
        {A::SubmitRequirement, R::Buyer, S::RequirementPending, S::AwaitingConfirmation},
        {A::EditRequirement, R::Buyer, S::AwaitingConfirmation, S::AwaitingConfirmation},
        {A::ConfirmRequirement, R::Vendor, S::AwaitingConfirmation, S::Implementing},
        {A::RejectRequirement, R::Vendor, S::AwaitingConfirmation, S::RequirementPending},
        {A::SubmitForAcceptance, R::Vendor, S::Implementing, S::AwaitingAcceptance},
        {A::Accept, R::Buyer, S::AwaitingAcceptance, S::Completed},
        {A::RejectAcceptance, R::Buyer, S::AwaitingAcceptance, S::Implementing},
        {A::AutoAccept, R::System, S::AwaitingAcceptance, S::Completed},
        {A::RequestRefund, R::Buyer, S::RequirementPending, S::Refunding},
        {A::RequestRefund, R::Buyer, S::AwaitingConfirmation, S::Refunding},
        {A::ApproveRefund, R::Platform, S::Refunding, S::Refunded},
        {A::DeclineRefund, R::Platform, S::Refunding, std::nullopt},
        {A::RequestIntervention, R::Buyer, S::AwaitingAcceptance, S::AwaitingAcceptance},
        {A::RequestIntervention, R::Vendor, S::AwaitingAcceptance, S::AwaitingAcceptance},
        {A::CloseIntervention, R::Platform, S::AwaitingAcceptance, S::AwaitingAcceptance},
    };
    return transitions;
}

std::optional<DeliveryState> DeliveryWorkflow::target(DeliveryAction action, DeliveryActor actor,
                                                      DeliveryState from, std::optional<DeliveryState> paused)
{
    for (const Transition& transition : table()) {
        if (transition.action != action || transition.actor != actor || transition.from != from)
            continue;
        if (transition.to)
            return transition.to;
        // Only the states a refund may pause are places to go back to.
        if (paused && (*paused == S::RequirementPending || *paused == S::AwaitingConfirmation))
            return paused;
        return std::nullopt;
    }
    return std::nullopt;
}

QList<DeliveryAction> DeliveryWorkflow::allowedActions(DeliveryState from, DeliveryActor actor)
{
    QList<DeliveryAction> actions;
    for (const Transition& transition : table()) {
        if (transition.from == from && transition.actor == actor && !actions.contains(transition.action))
            actions << transition.action;
    }
    return actions;
}

bool DeliveryWorkflow::needsText(DeliveryAction action)
{
    switch (action) {
    case A::SubmitRequirement:
    case A::EditRequirement:
    case A::RejectRequirement:
    case A::RejectAcceptance:
    case A::DeclineRefund:
    case A::RequestIntervention:
    case A::CloseIntervention:
        return true;
    default:
        return false;
    }
}

bool DeliveryWorkflow::isRefundAction(DeliveryAction action)
{
    return action == A::RequestRefund || action == A::ApproveRefund || action == A::DeclineRefund;
}
