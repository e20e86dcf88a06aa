#include "vendorrepository.h"

#include "database.h"
#include "depositrepository.h"
#include "duetime.h"
#include "query.h"
#include "systemreason.h"

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
        {QStringLiteral("change_report_due"),
         QStringLiteral("COALESCE((SELECT MIN(c.report_due_at) FROM vendor_changes c "
                        "WHERE c.vendor_id = v.id AND c.reported_at IS NULL), %1)")
             .arg(nothingDueMs),
         ColumnKind::DateTime, true},
    };
    spec.searchExpressions = {QStringLiteral("v.name"), QStringLiteral("v.credit_code"),
                              QStringLiteral("v.contact_person"), QStringLiteral("v.phone")};
    spec.deadlineColumn = ChangeReportDue;
    spec.defaultSortColumn = Name;
    return spec;
}

std::optional<VendorRepository::Detail> VendorRepository::detail(const VendorId& id)
{
    Query query(m_database,
                QStringLiteral("SELECT version, name, credit_code, entity_type, category, status, "
                               "contact_person, phone, email, province, city, joined_at, status_reason, "
                               "COALESCE(leave_reason, ''), COALESCE(left_at, 0), status_reason_code "
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
    detail.statusReason = SystemReason::shown(query.value(15).toString(), query.value(12).toString());
    detail.leaveReason = query.value(13).toString();
    detail.leftAtMs = query.value(14).toLongLong();

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
                 QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM deposit_entries WHERE vendor_id = :id")
                     .arg(DepositRepository::signedAmountSql()));
    ledger.bind(QStringLiteral(":id"), id.toString()).exec();
    if (ledger.next())
        detail.depositBalance = Money::fromFen(ledger.value(0).toLongLong());
    return detail;
}

QList<VendorRepository::Violation> VendorRepository::violations(const VendorId& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT v.id, t.name, v.points, v.counted_year, v.occurred_at, v.processed_at, "
                       "v.description, v.recorded_by FROM violations v JOIN violation_types t "
                       "ON t.id = v.violation_type_id WHERE v.vendor_id = :id "
                       "ORDER BY v.processed_at DESC, v.id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<Violation> violations;
    while (query.next())
        violations.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                           query.value(3).toInt(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                           query.value(6).toString(), query.value(7).toString()});
    return violations;
}

QList<VendorRepository::MaterialChange> VendorRepository::materialChanges(const VendorId& id)
{
    Query query(m_database,
                QStringLiteral("SELECT id, version, kind, before_value, after_value, note, effective_at, "
                               "report_due_at, COALESCE(reported_at, 0), recorded_by, recorded_at "
                               "FROM vendor_changes WHERE vendor_id = :id ORDER BY effective_at DESC, id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<MaterialChange> changes;
    while (query.next())
        changes.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toLongLong(),
                        query.value(9).toString(), query.value(10).toLongLong()});
    return changes;
}

QList<VendorRepository::UnfinishedOrder> VendorRepository::unfinishedServiceOrders(const VendorId& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT o.order_no, o.customer_no, p.name, d.state, o.paid_fen - o.refunded_fen "
                       "FROM deliveries d JOIN orders o ON o.id = d.order_id "
                       "JOIN products p ON p.id = o.product_id WHERE d.vendor_id = :id "
                       "AND d.state NOT IN ('completed', 'refunding', 'refunded') ORDER BY o.paid_at"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<UnfinishedOrder> orders;
    while (query.next())
        orders.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), Money::fromFen(query.value(4).toLongLong())});
    return orders;
}

QList<VendorRepository::HistoryEntry> VendorRepository::history(const VendorId& id)
{
    Query query(m_database,
                QStringLiteral("SELECT at, actor, entity, action, COALESCE(before_json, ''), "
                               "COALESCE(after_json, '') FROM audit_log "
                               "WHERE (entity = 'vendor' AND entity_id = :id) "
                               "OR (entity = 'deposit_entry' AND entity_id IN "
                               "(SELECT e.id FROM deposit_entries e WHERE e.vendor_id = :id)) "
                               "OR (entity = 'deposit_surcharge' AND entity_id IN "
                               "(SELECT s.id FROM deposit_surcharges s WHERE s.vendor_id = :id)) "
                               "OR (entity = 'violation' AND entity_id IN "
                               "(SELECT v.id FROM violations v WHERE v.vendor_id = :id)) "
                               "OR (entity = 'vendor_change' AND entity_id IN "
                               "(SELECT c.id FROM vendor_changes c WHERE c.vendor_id = :id)) "
                               "ORDER BY at, id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<HistoryEntry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return entries;
}

QList<std::pair<QString, QString>> VendorRepository::products(const VendorId& id)
{
    Query query(m_database,
                QStringLiteral("SELECT name, status FROM products WHERE vendor_id = :id ORDER BY name"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<std::pair<QString, QString>> products;
    while (query.next())
        products.append({query.value(0).toString(), query.value(1).toString()});
    return products;
}

QList<std::pair<qint64, QString>> VendorRepository::applications(const VendorId& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT a.created_at, a.status FROM applications a JOIN vendors v ON v.id = :id "
                       "WHERE a.vendor_id = :id OR (v.credit_code <> '' AND a.credit_code = v.credit_code) "
                       "OR a.company_name = v.name OR a.company_name IN (SELECT c.before_value FROM "
                       "vendor_changes c WHERE c.vendor_id = :id AND c.kind = 'company_name') "
                       "ORDER BY a.created_at"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    QList<std::pair<qint64, QString>> applications;
    while (query.next())
        applications.append({query.value(0).toLongLong(), query.value(1).toString()});
    return applications;
}
