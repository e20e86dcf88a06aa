#include "orderrepository.h"

#include "database.h"
#include "query.h"

TableSpec OrderRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral(
        "orders o JOIN vendors v ON v.id = o.vendor_id JOIN products p ON p.id = o.product_id");
    spec.idExpression = QStringLiteral("o.id");
    spec.statusExpression = QStringLiteral("o.status");
    spec.columns = {
        {QStringLiteral("order_no"), QStringLiteral("o.order_no"), ColumnKind::Text, true},
        {QStringLiteral("customer_no"), QStringLiteral("o.customer_no"), ColumnKind::Text, true},
        {QStringLiteral("contact_phone"), QStringLiteral("o.contact_phone"), ColumnKind::Text, true},
        {QStringLiteral("vendor"), QStringLiteral("v.name"), ColumnKind::Text, true},
        {QStringLiteral("product"), QStringLiteral("p.name"), ColumnKind::Text, true},
        {QStringLiteral("order_type"), QStringLiteral("o.order_type"), ColumnKind::Enum, true},
        {QStringLiteral("paid_fen"), QStringLiteral("o.paid_fen"), ColumnKind::Money, true},
        {QStringLiteral("paid_at"), QStringLiteral("o.paid_at"), ColumnKind::DateTime, true},
        {QStringLiteral("status"), QStringLiteral("o.status"), ColumnKind::Enum, true},
    };
    // Migration 0021 indexes exactly this text for searches of 3 or more characters.
    spec.searchExpressions
        = {QStringLiteral("o.order_no"), QStringLiteral("o.customer_no"), QStringLiteral("o.contact_phone")};
    spec.searchTable = QStringLiteral("order_search");
    spec.rowidExpression = QStringLiteral("o.rowid");
    spec.defaultSortColumn = PaidAt;
    spec.defaultDescending = true;
    return spec;
}

std::optional<OrderRepository::Detail> OrderRepository::detail(const OrderId& id)
{
    Query query(m_database,
                QStringLiteral(
                    "SELECT o.order_no, o.customer_no, b.name, o.contact_phone, v.name, p.name, "
                    "p.delivery_type, o.order_type, o.status, o.paid_fen, o.voucher_fen, o.refunded_fen, "
                    "o.paid_at, (SELECT COUNT(*) FROM invoice_requests r WHERE r.order_id = o.id), "
                    "(SELECT d.state FROM deliveries d WHERE d.order_id = o.id) "
                    "FROM orders o JOIN buyers b ON b.id = o.buyer_id JOIN vendors v ON v.id = o.vendor_id "
                    "JOIN products p ON p.id = o.product_id WHERE o.id = :id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    if (!query.next())
        return std::nullopt;
    Detail detail;
    detail.id = id;
    detail.orderNo = query.value(0).toString();
    detail.customerNo = query.value(1).toString();
    detail.buyerName = query.value(2).toString();
    detail.contactPhone = query.value(3).toString();
    detail.vendorName = query.value(4).toString();
    detail.productName = query.value(5).toString();
    detail.deliveryType = query.value(6).toString();
    detail.orderType = query.value(7).toString();
    detail.status = query.value(8).toString();
    detail.paid = Money::fromFen(query.value(9).toLongLong());
    detail.voucher = Money::fromFen(query.value(10).toLongLong());
    detail.refunded = Money::fromFen(query.value(11).toLongLong());
    detail.paidAtMs = query.value(12).toLongLong();
    detail.invoiceRequestCount = query.value(13).toInt();
    detail.deliveryState = query.value(14).toString();
    return detail;
}

QList<OrderRepository::Refund> OrderRepository::refunds(const QString& orderId)
{
    Query query(
        m_database,
        QStringLiteral("SELECT id, version, reason, reason_text, amount_fen, status, requested_at, "
                       "requested_by, decided_at, COALESCE(decided_by, ''), decline_reason FROM refunds "
                       "WHERE order_id = :order ORDER BY requested_at DESC, id"));
    query.bind(QStringLiteral(":order"), orderId).exec();
    QList<Refund> refunds;
    while (query.next()) {
        Refund refund;
        refund.id = query.value(0).toString();
        refund.version = query.value(1).toInt();
        refund.reason = query.value(2).toString();
        refund.text = query.value(3).toString();
        refund.amount = Money::fromFen(query.value(4).toLongLong());
        refund.status = query.value(5).toString();
        refund.requestedAtMs = query.value(6).toLongLong();
        refund.requestedBy = query.value(7).toString();
        if (!query.value(8).isNull())
            refund.decidedAtMs = query.value(8).toLongLong();
        refund.decidedBy = query.value(9).toString();
        refund.declineReason = query.value(10).toString();
        refunds.append(refund);
    }
    return refunds;
}
