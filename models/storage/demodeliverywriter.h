#pragma once

#include "batchinserter.h"

#include <QString>

class Database;
class DemoRandom;

/// The manual-service deliveries of the demo data set with their flow logs: a state that agrees
/// with the order's refund, one step per move along the path to it, and most deliveries awaiting
/// acceptance still inside the automatic-acceptance window.
class DemoDeliveryWriter
{
public:
    /// The 质保期 of the demo's service products.
    static constexpr int warrantyDays = 90;

    /// The order a delivery belongs to.
    struct Order
    {
        QString id;
        QString vendorId;
        QString vendorName;
        QString buyerCustomerNo;
        QString status; ///< an OrderStatus key
        qint64 paidAtMs = 0;
    };

    /// Draws from `random` (shared with the rest of the data set, so the whole set stays
    /// deterministic); `orders` is flushed before each batch of deliveries.
    DemoDeliveryWriter(Database& database, DemoRandom& random, qint64 anchorMs, BatchInserter& orders);

    void add(const Order& order);
    void flush();

private:
    DemoRandom& m_random;
    qint64 m_anchorMs;
    BatchInserter m_deliveries;
    BatchInserter m_steps;
};
