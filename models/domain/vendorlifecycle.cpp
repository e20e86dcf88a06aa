#include "vendorlifecycle.h"

const QList<VendorLifecycle::Transition>& VendorLifecycle::table()
{
    using A = VendorAction;
    using S = VendorStatus;
    static const QList<Transition> transitions {
        {A::Suspend, S::Active, S::Suspended}, {A::Lift, S::Suspended, S::Active},
        {A::Exit, S::Active, S::Exited},       {A::Exit, S::Suspended, S::Exited},
        {A::Expel, S::Active, S::Expelled},    {A::Expel, S::Suspended, S::Expelled},
    };
    return transitions;
}

std::optional<VendorStatus> VendorLifecycle::target(VendorAction action, VendorStatus from)
{
    for (const Transition& transition : table()) {
        if (transition.action == action && transition.from == from)
            return transition.to;
    }
    return std::nullopt;
}

QList<LeaveReason> VendorLifecycle::reasonsFor(VendorAction action)
{
    switch (action) {
    case VendorAction::Exit:
        return {LeaveReason::EndOfAgreement, LeaveReason::OwnRequest};
    case VendorAction::Expel:
        return {LeaveReason::Points, LeaveReason::ConditionsNotMet, LeaveReason::Blacklisted,
                LeaveReason::LowDeployment};
    case VendorAction::Suspend:
    case VendorAction::Lift:
        break;
    }
    return {};
}
