#include "invoiceworkflow.h"

namespace {

using A = InvoiceAction;
using R = InvoiceActor;
using S = InvoiceStatus;

} // namespace

const QList<InvoiceWorkflow::Transition>& InvoiceWorkflow::table()
{
    static const QList<Transition> transitions {
        {A::Cancel, R::Buyer, S::Pending, S::Cancelled},
        {A::Start, R::Clerk, S::Pending, S::Processing},
        {A::Issue, R::Clerk, S::Processing, S::Issued},
        {A::MarkDelivered, R::Clerk, S::Mailing, S::Delivered},
        {A::MarkRefunded, R::Clerk, S::Pending, S::Refunded},
        {A::MarkRefunded, R::Clerk, S::Processing, S::Refunded},
        {A::MarkRefunded, R::System, S::Pending, S::Refunded},
        {A::MarkRefunded, R::System, S::Processing, S::Refunded},
        {A::MarkFailed, R::Clerk, S::Processing, S::Failed},
        {A::Retry, R::Clerk, S::Failed, S::Processing},
        {A::RequestReturn, R::Buyer, S::Issued, S::ReturnPending},
        {A::RequestReturn, R::Buyer, S::Mailing, S::ReturnPending},
        {A::RequestReturn, R::Buyer, S::Delivered, S::ReturnPending},
        {A::RequireRedLetter, R::Clerk, S::ReturnPending, S::AwaitingRedLetter},
        {A::AcceptReturn, R::Clerk, S::ReturnPending, S::Returning},
        {A::AcceptReturn, R::Clerk, S::AwaitingRedLetter, S::Returning},
        {A::DeclineReturn, R::Clerk, S::ReturnPending, S::ReturnDeclined},
        {A::DeclineReturn, R::Clerk, S::AwaitingRedLetter, S::ReturnDeclined},
        {A::Void, R::Clerk, S::Returning, S::Voided},
        // A 数电 red-letter form not confirmed by both sides in time lapses; the clerk raises it again.
        {A::LapseRedLetter, R::System, S::AwaitingRedLetter, S::ReturnPending},
    };
    return transitions;
}

std::optional<InvoiceStatus> InvoiceWorkflow::target(InvoiceAction action, InvoiceActor actor,
                                                     InvoiceStatus from, InvoiceMedium medium)
{
    for (const Transition& transition : table()) {
        if (transition.action != action || transition.actor != actor || transition.from != from)
            continue;
        if (action == A::Issue && medium == InvoiceMedium::Paper)
            return S::Mailing;
        return transition.to;
    }
    return std::nullopt;
}

std::optional<InvoiceStatus> InvoiceWorkflow::targetOfStep(InvoiceAction action, InvoiceActor actor,
                                                           InvoiceStatus from, InvoiceMedium medium)
{
    const bool startsOnTheWay = action == A::Issue && actor == R::Clerk && from == S::Pending;
    return target(action, actor, startsOnTheWay ? S::Processing : from, medium);
}

QList<InvoiceAction> InvoiceWorkflow::allowedActions(InvoiceStatus from, InvoiceActor actor)
{
    QList<InvoiceAction> actions;
    for (const Transition& transition : table()) {
        if (transition.from == from && transition.actor == actor && !actions.contains(transition.action))
            actions << transition.action;
    }
    return actions;
}

bool InvoiceWorkflow::awaitsIssue(InvoiceStatus status)
{
    return status == S::Pending || status == S::Processing || status == S::Failed;
}

bool InvoiceWorkflow::awaitsReturnDecision(InvoiceStatus status)
{
    return status == S::ReturnPending || status == S::AwaitingRedLetter;
}

bool InvoiceWorkflow::holdsAmount(InvoiceStatus status)
{
    return status != S::Cancelled && status != S::Refunded && status != S::Voided;
}
