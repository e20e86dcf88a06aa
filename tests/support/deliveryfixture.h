#pragma once

#include "movedelivery.h"
#include "requestrefund.h"

#include <QDateTime>
#include <QString>

class Database;

/// The invoice fixture's world plus a manual-service product (warranty 90 days) whose orders each
/// have a delivery. Orders are paid one day before InvoiceFixture::now().
class DeliveryFixture
{
public:
    static constexpr const char* serviceProductId = "0b1c0000-0000-4000-8000-000000000011";

    /// Writes InvoiceFixture's rows and the service product; throws StorageError.
    static void write(Database& database);
    /// Adds a paid ¥`paidFen` service order numbered `orderNo` with a delivery in `state`
    /// (auto-accepted at `autoAcceptAtMs` when awaiting acceptance). Returns the delivery id.
    static QString addDelivery(Database& database, int orderNo, qint64 paidFen,
                               DeliveryState state = DeliveryState::RequirementPending,
                               qint64 autoAcceptAtMs = 0);
    static QString orderId(int orderNo);
    static QString deliveryId(int orderNo);

    /// A step by `actor` one minute after the previous one.
    static MoveDelivery step(const QString& deliveryId, int baseVersion, DeliveryAction action,
                             DeliveryActor actor, const QString& text = QString());
    static RequestRefund refund(int orderNo, RefundReason reason, qint64 amountFen);
};
