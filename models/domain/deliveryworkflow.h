#pragma once

#include "deliverystate.h"

#include <QList>

#include <optional>

/// What can be done to a manual-service delivery (SPEC 4).
enum class DeliveryAction {
    SubmitRequirement,
    EditRequirement,
    ConfirmRequirement,
    RejectRequirement,
    SubmitForAcceptance,
    Accept,
    RejectAcceptance,
    AutoAccept,
    RequestRefund,
    ApproveRefund,
    DeclineRefund,
    RequestIntervention,
    CloseIntervention,
};

/// Who moves a delivery: buyer actions are recorded by staff on the buyer's behalf; the vendor is
/// the vendor's delivery staff; the platform is the marketplace's reviewer; the system acts when a
/// deadline passes.
enum class DeliveryActor { Buyer, Vendor, Platform, System };

template<> struct EnumKeyTable<DeliveryAction>
{
    static constexpr std::array<std::pair<DeliveryAction, std::string_view>, 13> entries {{
        {DeliveryAction::SubmitRequirement, "submit_requirement"},
        {DeliveryAction::EditRequirement, "edit_requirement"},
        {DeliveryAction::ConfirmRequirement, "confirm_requirement"},
        {DeliveryAction::RejectRequirement, "reject_requirement"},
        {DeliveryAction::SubmitForAcceptance, "submit_for_acceptance"},
        {DeliveryAction::Accept, "accept"},
        {DeliveryAction::RejectAcceptance, "reject_acceptance"},
        {DeliveryAction::AutoAccept, "auto_accept"},
        {DeliveryAction::RequestRefund, "request_refund"},
        {DeliveryAction::ApproveRefund, "approve_refund"},
        {DeliveryAction::DeclineRefund, "decline_refund"},
        {DeliveryAction::RequestIntervention, "request_intervention"},
        {DeliveryAction::CloseIntervention, "close_intervention"},
    }};
};

template<> struct EnumKeyTable<DeliveryActor>
{
    static constexpr std::array<std::pair<DeliveryActor, std::string_view>, 4> entries {{
        {DeliveryActor::Buyer, "buyer"},
        {DeliveryActor::Vendor, "vendor"},
        {DeliveryActor::Platform, "platform"},
        {DeliveryActor::System, "system"},
    }};
};

/// The state machine of SPEC 4 as one table, and the rules that hang on a delivery's state.
class DeliveryWorkflow
{
public:
    struct Transition
    {
        DeliveryAction action;
        DeliveryActor actor;
        DeliveryState from;
        /// Empty for "back to where the refund request paused the flow".
        std::optional<DeliveryState> to;
    };

    static const QList<Transition>& table();
    /// Where `action` by `actor` takes a delivery in `from`, or nothing when the move is not
    /// allowed. `paused` is where a refund request paused the flow (needed to decline it).
    static std::optional<DeliveryState> target(DeliveryAction action, DeliveryActor actor, DeliveryState from,
                                               std::optional<DeliveryState> paused = std::nullopt);
    /// The actions `actor` may take on a delivery in `from`, in table order.
    static QList<DeliveryAction> allowedActions(DeliveryState from, DeliveryActor actor);
    /// Whether the action must say something: a requirement, a reason or the details of a verdict.
    static bool needsText(DeliveryAction action);
    /// Refund requests and decisions come with a refund row; they are made through the refund, not
    /// as a plain step.
    static bool isRefundAction(DeliveryAction action);
};
