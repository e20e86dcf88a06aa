#pragma once

#include "enumkeys.h"

/// SPEC 4: the states of a manual-service delivery. The moves between them come with the
/// delivery workflow.
enum class DeliveryState {
    RequirementPending,
    AwaitingConfirmation,
    Implementing,
    AwaitingAcceptance,
    Completed,
    Refunding,
    Refunded,
};

template<> struct EnumKeyTable<DeliveryState>
{
    static constexpr std::array<std::pair<DeliveryState, std::string_view>, 7> entries {{
        {DeliveryState::RequirementPending, "requirement_pending"},
        {DeliveryState::AwaitingConfirmation, "awaiting_confirmation"},
        {DeliveryState::Implementing, "implementing"},
        {DeliveryState::AwaitingAcceptance, "awaiting_acceptance"},
        {DeliveryState::Completed, "completed"},
        {DeliveryState::Refunding, "refunding"},
        {DeliveryState::Refunded, "refunded"},
    }};
};
