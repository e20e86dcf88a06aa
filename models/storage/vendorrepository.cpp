#include "vendorrepository.h"

#include "database.h"
#include "query.h"

TableSpec VendorRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral("vendors v");
    spec.idExpression = QStringLiteral("v.id");
    spec.statusExpression = QStringLiteral("v.status");
    spec.columns = {
        {QStringLiteral("name"), QStringLiteral("v.name"), ColumnKind::Text, true},
        {QStringLiteral("credit_code"), QStringLiteral("v.credit_code"), ColumnKind::Text, true},
        {QStringLiteral("contact_person"), QStringLiteral("v.contact_person"), ColumnKind::Text, true},
        {QStringLiteral("phone"), QStringLiteral("v.phone"), ColumnKind::Text, true},
        {QStringLiteral("location"), QStringLiteral("v.province || ' ' || v.city"), ColumnKind::Text, true},
        {QStringLiteral("category"), QStringLiteral("v.category"), ColumnKind::Enum, true},
        {QStringLiteral("status"), QStringLiteral("v.status"), ColumnKind::Enum, true},
        {QStringLiteral("joined_at"), QStringLiteral("v.joined_at"), ColumnKind::DateTime, true},
    };
    spec.defaultSortColumn = Name;
    return spec;
}

std::optional<VendorRepository::Detail> VendorRepository::detail(const VendorId& id)
{
    Query query(m_database,
                QStringLiteral("SELECT version, name, credit_code, entity_type, category, status, "
                               "contact_person, phone, email, province, city, joined_at "
                               "FROM vendors WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    if (!query.next())
        return std::nullopt;
    Detail detail;
    detail.id = id;
    detail.version = query.value(0).toInt();
    detail.name = query.value(1).toString();
    detail.creditCode = query.value(2).toString();
    detail.entityType = query.value(3).toString();
    detail.category = query.value(4).toString();
    detail.status = query.value(5).toString();
    detail.contactPerson = query.value(6).toString();
    detail.phone = query.value(7).toString();
    detail.email = query.value(8).toString();
    detail.province = query.value(9).toString();
    detail.city = query.value(10).toString();
    detail.joinedAtMs = query.value(11).toLongLong();

    Query markets(m_database,
                  QStringLiteral("SELECT m.name, m.deposit_fen FROM vendor_markets vm "
                                 "JOIN markets m ON m.id = vm.market_id WHERE vm.vendor_id = :id "
                                 "ORDER BY m.sort_order"));
    markets.bind(QStringLiteral(":id"), id.toString()).exec();
    while (markets.next()) {
        detail.marketNames << markets.value(0).toString();
        detail.depositDue = std::max(detail.depositDue, Money::fromFen(markets.value(1).toLongLong()));
    }

    Query ledger(m_database,
                 QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind IN ('payment', 'top_up') "
                                "THEN amount_fen ELSE -amount_fen END), 0) "
                                "FROM deposit_entries WHERE vendor_id = :id"));
    ledger.bind(QStringLiteral(":id"), id.toString()).exec();
    if (ledger.next())
        detail.depositBalance = Money::fromFen(ledger.value(0).toLongLong());
    return detail;
}
