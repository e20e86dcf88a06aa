#pragma once

#include "orderenums.h"

#include <QDateTime>
#include <QList>

#include <optional>

/// What can be done to a product in listing review (SPEC 3.1).
enum class ProductAction { Submit, Approve, Reject, Delist };

template<> struct EnumKeyTable<ProductAction>
{
    static constexpr std::array<std::pair<ProductAction, std::string_view>, 4> entries {{
        {ProductAction::Submit, "submit"},
        {ProductAction::Approve, "approve"},
        {ProductAction::Reject, "reject"},
        {ProductAction::Delist, "delist"},
    }};
};

/// The listing review of SPEC 3.1 as one table: a draft, a rejected or a delisted product is
/// submitted for review; the reviewer lists it (every checklist item ticked) or rejects it with a
/// reason; a listed product is delisted with a reason, by a reviewer or for having no order for
/// three consecutive months.
class ProductWorkflow
{
public:
    struct Transition
    {
        ProductAction action;
        ProductStatus from;
        ProductStatus to;
    };

    static const QList<Transition>& table();
    /// Where `action` takes a product in `from`; nothing when the move is not allowed.
    static std::optional<ProductStatus> target(ProductAction action, ProductStatus from);
    /// Whether the vendor may change the product's fields: not while it is under review.
    static bool isEditable(ProductStatus status);
    /// Image, download, application and DingTalk plugin products (software and tools) need a new
    /// security review when a listed one is updated; a manual service does not.
    static bool needsSecurityReview(DeliveryType type);
    /// A product listed, or last ordered, at or before this moment (UTC) has had no order for
    /// `months` consecutive months (3 in SPEC 3.1) at `nowUtc`; months are counted on China's
    /// calendar.
    static QDateTime dormantBefore(const QDateTime& nowUtc, int months);
    /// When a product listed, or last ordered, at `lastActivityUtc` has had no order for `months`
    /// months.
    static QDateTime dormantAt(const QDateTime& lastActivityUtc, int months);
};
