#pragma once

#include "money.h"
#include "tablespec.h"
#include "typedid.h"

#include <optional>

class Database;

/// Reads orders for lists and detail panes. Methods throw StorageError.
class OrderRepository
{
public:
    /// Columns of the Orders page, in display order.
    enum Column {
        OrderNo,
        CustomerNo,
        ContactPhone,
        Vendor,
        Product,
        OrderType,
        PaidAmount,
        PaidAt,
        Status,
        ColumnCount
    };

    struct Detail
    {
        OrderId id;
        QString orderNo;
        QString customerNo;
        QString buyerName;
        QString contactPhone;
        QString vendorName;
        QString productName;
        QString deliveryType;
        QString orderType;
        QString status;
        Money paid;
        Money voucher;
        Money refunded;
        qint64 paidAtMs = 0;
        int invoiceRequestCount = 0;
        QString deliveryState; ///< empty when the order has no manual-service delivery
    };

    /// One refund request of an order.
    struct Refund
    {
        QString id;
        int version = 0;
        QString reason; ///< a RefundReason key
        QString text;
        Money amount;
        QString status; ///< a RefundStatus key
        qint64 requestedAtMs = 0;
        QString requestedBy;
        std::optional<qint64> decidedAtMs;
        QString decidedBy;
        QString declineReason;
    };

    explicit OrderRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const OrderId& id);
    /// The order's refund requests, newest first.
    QList<Refund> refunds(const QString& orderId);

private:
    Database& m_database;
};
