#include "refundpolicy.h"

namespace {

RefundPolicy unavailable(const QString& explanation)
{
    RefundPolicy policy;
    policy.explanation = explanation;
    return policy;
}

} // namespace

RefundPolicy RefundPolicy::evaluate(const Order& order, const QDateTime& now)
{
    if (order.refundPending)
        return unavailable(tr("A refund request of this order is waiting for the platform's decision."));
    if (order.refundable.fen() <= 0)
        return unavailable(tr("Nothing is left to refund on this order."));
    RefundPolicy policy;
    policy.maximum = order.refundable;
    switch (order.deliveryType) {
    case DeliveryType::Application:
        policy.guaranteeEnds = order.paidAt.addDays(applicationGuaranteeDays);
        if (now < policy.guaranteeEnds) {
            policy.kind = Kind::FullRefund;
            policy.explanation = tr("Application product paid less than %1 days ago: full refund.")
                                     .arg(applicationGuaranteeDays);
        } else {
            policy.kind = Kind::Negotiated;
            policy.explanation = tr("The %1-day refund guarantee of application products has ended: a refund "
                                    "needs a reason and an agreed amount, and the platform decides.")
                                     .arg(applicationGuaranteeDays);
        }
        return policy;
    case DeliveryType::ManualService: {
        const DeliveryState state = order.deliveryState.value_or(DeliveryState::RequirementPending);
        if (state == DeliveryState::Refunding || state == DeliveryState::Refunded)
            return unavailable(tr("The delivery is already being refunded."));
        if (state == DeliveryState::RequirementPending || state == DeliveryState::AwaitingConfirmation) {
            policy.kind = Kind::FullRefund;
            policy.explanation = tr("Service product whose requirement the vendor has not confirmed: full "
                                    "refund; the delivery pauses until the platform decides.");
            return policy;
        }
        policy.kind = Kind::Negotiated;
        policy.explanation = tr("The vendor has confirmed the requirement: the refund goes through a "
                                "platform ticket, with a reason and the amount agreed with the vendor.");
        return policy;
    }
    case DeliveryType::Image:
    case DeliveryType::Download:
    case DeliveryType::DingTalkPlugin:
        policy.kind = Kind::Negotiated;
        policy.explanation = tr("Tool products carry no refund guarantee: a refund needs a reason and an "
                                "agreed amount, and the platform decides.");
        return policy;
    }
    return unavailable(QString());
}

QList<RefundReason> RefundPolicy::reasons() const
{
    QList<RefundReason> list;
    if (kind == Kind::Unavailable)
        return list;
    for (RefundReason reason : enumValues<RefundReason>()) {
        // A vendor's exit refunds its orders through the exit, never through a buyer's request.
        if (reason == RefundReason::VendorExit
            || (reason == RefundReason::Guarantee && kind != Kind::FullRefund))
            continue;
        list << reason;
    }
    return list;
}
