#pragma once

#include "deliverystate.h"
#include "money.h"
#include "orderenums.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

/// What refund an order can get now (SPEC 3): application products are refunded in full within 5
/// days of payment, service products in full until the vendor confirms the requirement (the only
/// states from which the delivery flow lets a refund pause it), tool products (image, download,
/// DingTalk plugin) carry no guarantee. Outside the guarantee a refund needs one of the reasons of
/// SPEC 3 and an amount agreed between buyer and vendor, and the platform approves it.
struct RefundPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RefundPolicy)
public:
    enum class Kind {
        FullRefund, ///< within the guarantee: the whole refundable amount
        Negotiated, ///< outside it: a reason from the list and an agreed amount up to `maximum`
        Unavailable, ///< nothing can be requested now; `explanation` says why
    };

    struct Order
    {
        DeliveryType deliveryType = DeliveryType::Application;
        QDateTime paidAt;
        Money refundable; ///< paid minus what was refunded already
        bool refundPending = false; ///< a request waits for the platform
        std::optional<DeliveryState> deliveryState; ///< set for manual-service orders
    };

    static constexpr int applicationGuaranteeDays = 5;

    Kind kind = Kind::Unavailable;
    Money maximum;
    /// The end of the guarantee when it has a fixed end (application products), else invalid.
    QDateTime guaranteeEnds;
    /// One translated sentence for the user, shown before the request is submitted.
    QString explanation;

    static RefundPolicy evaluate(const Order& order, const QDateTime& now);
    /// The reasons the user may choose under this policy, in display order.
    QList<RefundReason> reasons() const;
};
