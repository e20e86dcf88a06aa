#include "applicationworkflow.h"

const QList<ApplicationWorkflow::Transition>& ApplicationWorkflow::table()
{
    using A = ApplicationAction;
    using S = ApplicationStatus;
    static const QList<Transition> transitions {
        {A::SaveDraft, S::Draft, S::Draft},
        {A::SaveDraft, S::Rejected, S::Rejected},
        {A::Submit, S::Draft, S::Submitted},
        {A::Submit, S::Rejected, S::Submitted},
        {A::StartReview, S::Submitted, S::UnderReview},
        {A::Approve, S::UnderReview, S::Approved},
        {A::Reject, S::Submitted, S::Rejected},
        {A::Reject, S::UnderReview, S::Rejected},
    };
    return transitions;
}

std::optional<ApplicationStatus> ApplicationWorkflow::target(ApplicationAction action, ApplicationStatus from)
{
    for (const Transition& transition : table()) {
        if (transition.action == action && transition.from == from)
            return transition.to;
    }
    return std::nullopt;
}

bool ApplicationWorkflow::isEditable(ApplicationStatus status)
{
    return target(ApplicationAction::SaveDraft, status).has_value();
}
