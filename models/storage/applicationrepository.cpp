#include "applicationrepository.h"

#include "database.h"
#include "duetime.h"
#include "query.h"

int ApplicationRepository::Detail::untickedCount() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const Check& check) { return !check.ticked; }));
}

TableSpec ApplicationRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral("applications a");
    spec.idExpression = QStringLiteral("a.id");
    spec.statusExpression = QStringLiteral("a.status");
    spec.columns = {
        {QStringLiteral("company_name"), QStringLiteral("a.company_name"), ColumnKind::Text, true},
        {QStringLiteral("status"), QStringLiteral("a.status"), ColumnKind::Enum, true},
        // Only applications awaiting the reviewer wait; the others hold the "nothing due" sentinel,
        // so they sort after every waiting one and no Waiting filter matches them.
        {QStringLiteral("waiting"),
         QStringLiteral("CASE WHEN a.status IN ('submitted', 'under_review') "
                        "THEN COALESCE(a.submitted_at, a.created_at) ELSE %1 END")
             .arg(nothingDueMs),
         ColumnKind::Since, true},
        {QStringLiteral("credit_code"), QStringLiteral("a.credit_code"), ColumnKind::Text, true},
        {QStringLiteral("contact_person"), QStringLiteral("a.contact_person"), ColumnKind::Text, true},
        {QStringLiteral("phone"), QStringLiteral("a.phone"), ColumnKind::Text, true},
        {QStringLiteral("category"), QStringLiteral("a.category"), ColumnKind::Enum, true},
        {QStringLiteral("location"), QStringLiteral("a.province || ' ' || a.city"), ColumnKind::Text, true},
        {QStringLiteral("submitted_at"), QStringLiteral("COALESCE(a.submitted_at, a.created_at)"),
         ColumnKind::DateTime, true},
    };
    spec.searchExpressions = {QStringLiteral("a.company_name"), QStringLiteral("a.credit_code"),
                              QStringLiteral("a.contact_person"), QStringLiteral("a.phone")};
    spec.defaultSortColumn = SubmittedAt;
    return spec;
}

std::optional<ApplicationRepository::Detail> ApplicationRepository::detail(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT version, status, company_name, contact_person, phone, email, category, "
                       "entity_type, credit_code, province, city, main_business, accepts_entry_agreement, "
                       "accepts_management_rules, accepts_platform_agreement, service_staff_count, "
                       "service_hours, warranty_period, reject_reason, override_reason, "
                       "COALESCE(submitted_at, 0), COALESCE(decided_at, 0), COALESCE(decided_by, ''), "
                       "COALESCE(vendor_id, '') FROM applications WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    Detail detail;
    detail.id = id;
    detail.version = query.value(0).toInt();
    detail.status
        = enumFromKey<ApplicationStatus>(query.value(1).toString()).value_or(ApplicationStatus::Draft);
    detail.companyName = query.value(2).toString();
    detail.contactPerson = query.value(3).toString();
    detail.phone = query.value(4).toString();
    detail.email = query.value(5).toString();
    detail.category
        = enumFromKey<VendorCategory>(query.value(6).toString()).value_or(VendorCategory::Software);
    detail.entityType = enumFromKey<EntityType>(query.value(7).toString()).value_or(EntityType::Enterprise);
    detail.creditCode = query.value(8).toString();
    detail.province = query.value(9).toString();
    detail.city = query.value(10).toString();
    detail.mainBusiness = query.value(11).toString();
    detail.acceptsEntryAgreement = query.value(12).toBool();
    detail.acceptsManagementRules = query.value(13).toBool();
    detail.acceptsPlatformAgreement = query.value(14).toBool();
    detail.serviceStaffCount = query.value(15).toInt();
    detail.serviceHours = query.value(16).toString();
    detail.warrantyPeriod = query.value(17).toString();
    detail.rejectReason = query.value(18).toString();
    detail.overrideReason = query.value(19).toString();
    detail.submittedAtMs = query.value(20).toLongLong();
    detail.decidedAtMs = query.value(21).toLongLong();
    detail.decidedBy = query.value(22).toString();
    detail.vendorId = query.value(23).toString();

    Query markets(m_database,
                  QStringLiteral("SELECT m.id, m.name FROM application_markets am JOIN markets m "
                                 "ON m.id = am.market_id WHERE am.application_id = :id "
                                 "ORDER BY m.sort_order"));
    markets.bind(QStringLiteral(":id"), id).exec();
    while (markets.next()) {
        detail.marketIds << markets.value(0).toString();
        detail.marketNames << markets.value(1).toString();
    }

    QHash<QString, Check> ticks;
    Query checks(m_database,
                 QStringLiteral("SELECT condition_id, ticked, note, COALESCE(checked_by, ''), "
                                "COALESCE(checked_at, 0) FROM application_checks "
                                "WHERE application_id = :id"));
    checks.bind(QStringLiteral(":id"), id).exec();
    while (checks.next())
        ticks.insert(checks.value(0).toString(),
                     {{},
                      checks.value(1).toBool(),
                      checks.value(2).toString(),
                      checks.value(3).toString(),
                      checks.value(4).toLongLong()});
    for (const CatalogueRepository::Condition& condition :
         CatalogueRepository(m_database).conditionsFor(detail.marketIds)) {
        Check check = ticks.value(condition.id);
        check.condition = condition;
        detail.checks.append(check);
    }
    detail.files = AttachmentStore(m_database).list(QStringLiteral("application"), id);
    return detail;
}

QList<ReentryRule::PastVendor> ApplicationRepository::matchingVendors(const QString& creditCode,
                                                                      const QString& companyName)
{
    Query query(m_database,
                QStringLiteral("SELECT name, status, COALESCE(leave_reason, ''), COALESCE(left_at, 0) "
                               "FROM vendors WHERE (credit_code <> '' AND credit_code = :code) "
                               "OR name = :name"));
    query.bind(QStringLiteral(":code"), creditCode.trimmed().toUpper())
        .bind(QStringLiteral(":name"), companyName.trimmed())
        .exec();
    QList<ReentryRule::PastVendor> vendors;
    while (query.next()) {
        const qint64 leftAt = query.value(3).toLongLong();
        vendors.append({query.value(0).toString(),
                        enumFromKey<VendorStatus>(query.value(1).toString()).value_or(VendorStatus::Active),
                        enumFromKey<LeaveReason>(query.value(2).toString()),
                        leftAt > 0 ? QDateTime::fromMSecsSinceEpoch(leftAt, Qt::UTC) : QDateTime()});
    }
    return vendors;
}
