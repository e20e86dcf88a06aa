#include "productrepository.h"

#include "database.h"
#include "query.h"
#include "systemreason.h"

#include <algorithm>

int ProductRepository::Detail::untickedCount() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const Check& check) { return !check.ticked; }));
}

TableSpec ProductRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral(
        "products p JOIN vendors v ON v.id = p.vendor_id JOIN markets m ON m.id = p.market_id");
    spec.idExpression = QStringLiteral("p.id");
    spec.statusExpression = QStringLiteral("p.status");
    spec.columns = {
        {QStringLiteral("name"), QStringLiteral("p.name"), ColumnKind::Text, true},
        {QStringLiteral("vendor"), QStringLiteral("v.name"), ColumnKind::Text, true},
        {QStringLiteral("market"), QStringLiteral("m.name"), ColumnKind::Text, true},
        {QStringLiteral("delivery_type"), QStringLiteral("p.delivery_type"), ColumnKind::Enum, true},
        {QStringLiteral("price_fen"), QStringLiteral("p.price_fen"), ColumnKind::Money, true},
        {QStringLiteral("status"), QStringLiteral("p.status"), ColumnKind::Enum, true},
        {QStringLiteral("submitted_at"), QStringLiteral("COALESCE(p.submitted_at, p.created_at)"),
         ColumnKind::DateTime, true},
        // Read through orders (product_id, paid_at): one index probe per product.
        {QStringLiteral("last_order_at"),
         QStringLiteral("COALESCE((SELECT MAX(o.paid_at) FROM orders o WHERE o.product_id = p.id), 0)"),
         ColumnKind::DateTime, true},
    };
    spec.searchExpressions
        = {QStringLiteral("p.name"), QStringLiteral("v.name"), QStringLiteral("p.description")};
    spec.defaultSortColumn = SubmittedAt;
    spec.defaultDescending = true;
    return spec;
}

std::optional<ProductRepository::Detail> ProductRepository::detail(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT p.version, p.vendor_id, v.name, p.market_id, m.name, p.name, p.delivery_type, "
                       "p.price_fen, p.warranty_days, p.description, p.status, p.reject_reason, "
                       "p.delist_reason, COALESCE(p.submitted_at, 0), COALESCE(p.listed_at, 0), "
                       "COALESCE(p.delisted_at, 0), COALESCE(p.security_reviewed_at, 0), "
                       "COALESCE((SELECT MAX(o.paid_at) FROM orders o WHERE o.product_id = p.id), 0), "
                       "p.delist_reason_code FROM products p JOIN vendors v ON v.id = p.vendor_id JOIN "
                       "markets m ON m.id = p.market_id "
                       "WHERE p.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    Detail detail;
    detail.id = id;
    detail.version = query.value(0).toInt();
    detail.vendorId = query.value(1).toString();
    detail.vendorName = query.value(2).toString();
    detail.marketId = query.value(3).toString();
    detail.marketName = query.value(4).toString();
    detail.name = query.value(5).toString();
    detail.deliveryType
        = enumFromKey<DeliveryType>(query.value(6).toString()).value_or(DeliveryType::Application);
    detail.price = Money::fromFen(query.value(7).toLongLong());
    detail.warrantyDays = query.value(8).toInt();
    detail.description = query.value(9).toString();
    detail.status = enumFromKey<ProductStatus>(query.value(10).toString()).value_or(ProductStatus::Draft);
    detail.rejectReason = query.value(11).toString();
    detail.delistReason = SystemReason::shown(query.value(18).toString(), query.value(12).toString());
    detail.submittedAtMs = query.value(13).toLongLong();
    detail.listedAtMs = query.value(14).toLongLong();
    detail.delistedAtMs = query.value(15).toLongLong();
    detail.securityReviewedAtMs = query.value(16).toLongLong();
    detail.lastOrderAtMs = query.value(17).toLongLong();

    for (const auto& [item, key] : EnumKeyTable<ListingCheck>::entries)
        detail.checks.append({item, false, {}, {}, 0});
    Query checks(m_database,
                 QStringLiteral("SELECT item_key, ticked, note, COALESCE(checked_by, ''), "
                                "COALESCE(checked_at, 0) FROM product_checks WHERE product_id = :id"));
    checks.bind(QStringLiteral(":id"), id).exec();
    while (checks.next()) {
        const auto item = enumFromKey<ListingCheck>(checks.value(0).toString());
        if (!item)
            continue;
        Check& check = detail.checks[qsizetype(*item)];
        check.ticked = checks.value(1).toBool();
        check.note = checks.value(2).toString();
        check.checkedBy = checks.value(3).toString();
        check.checkedAtMs = checks.value(4).toLongLong();
    }
    return detail;
}

QList<ProductRepository::Choice> ProductRepository::sellingVendors()
{
    Query query(m_database,
                QStringLiteral("SELECT id, name FROM vendors WHERE status IN ('active', 'suspended') "
                               "ORDER BY name, id"));
    query.exec();
    QList<Choice> vendors;
    while (query.next())
        vendors.append({query.value(0).toString(), query.value(1).toString()});
    return vendors;
}

QList<ProductRepository::Choice> ProductRepository::marketsOf(const QString& vendorId)
{
    Query query(m_database,
                QStringLiteral("SELECT m.id, m.name FROM vendor_markets vm JOIN markets m "
                               "ON m.id = vm.market_id WHERE vm.vendor_id = :vendor "
                               "ORDER BY m.sort_order, m.name"));
    query.bind(QStringLiteral(":vendor"), vendorId).exec();
    QList<Choice> markets;
    while (query.next())
        markets.append({query.value(0).toString(), query.value(1).toString()});
    return markets;
}
