#pragma once

#include "onboardingenums.h"
#include "vendorenums.h"

#include <QList>

#include <optional>

/// What can happen to a vendor's standing (SPEC 2.3, 2.5).
enum class VendorAction { Suspend, Lift, Exit, Expel };

template<> struct EnumKeyTable<VendorAction>
{
    static constexpr std::array<std::pair<VendorAction, std::string_view>, 4> entries {{
        {VendorAction::Suspend, "suspend"},
        {VendorAction::Lift, "lift"},
        {VendorAction::Exit, "exit"},
        {VendorAction::Expel, "expel"},
    }};
};

/// The vendor states of SPEC 2.5 as one table, with the reasons each move accepts.
class VendorLifecycle
{
public:
    struct Transition
    {
        VendorAction action;
        VendorStatus from;
        VendorStatus to;
    };

    static const QList<Transition>& table();
    static std::optional<VendorStatus> target(VendorAction action, VendorStatus from);
    /// The reasons an exit or an expulsion may give; empty for suspending and lifting.
    static QList<LeaveReason> reasonsFor(VendorAction action);
    /// Whether the status keeps the vendor on the marketplace (active or suspended).
    static bool isOnMarketplace(VendorStatus status)
    {
        return status == VendorStatus::Active || status == VendorStatus::Suspended;
    }
};
