#include "deliveryrepository.h"

#include "attachmentstore.h"
#include "database.h"
#include "query.h"

TableSpec DeliveryRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral("deliveries d JOIN orders o ON o.id = d.order_id "
                               "JOIN products p ON p.id = o.product_id JOIN vendors v ON v.id = d.vendor_id");
    spec.idExpression = QStringLiteral("d.id");
    spec.statusExpression = QStringLiteral("d.state");
    spec.columns = {
        {QStringLiteral("time_left"), QStringLiteral("d.auto_accept_at"), ColumnKind::Deadline, true},
        {QStringLiteral("order_no"), QStringLiteral("o.order_no"), ColumnKind::Text, true},
        {QStringLiteral("customer_no"), QStringLiteral("o.customer_no"), ColumnKind::Text, true},
        {QStringLiteral("product"), QStringLiteral("p.name"), ColumnKind::Text, true},
        {QStringLiteral("vendor"), QStringLiteral("v.name"), ColumnKind::Text, true},
        {QStringLiteral("state"), QStringLiteral("d.state"), ColumnKind::Enum, true},
        {QStringLiteral("state_since"), QStringLiteral("d.state_since"), ColumnKind::DateTime, true},
        {QStringLiteral("paid_at"), QStringLiteral("o.paid_at"), ColumnKind::DateTime, true},
    };
    spec.searchExpressions = {QStringLiteral("o.order_no"), QStringLiteral("o.customer_no"),
                              QStringLiteral("p.name"), QStringLiteral("v.name")};
    spec.extraExpressions = {QStringLiteral("d.intervention_requested")};
    spec.deadlineColumn = TimeLeft;
    spec.defaultSortColumn = TimeLeft;
    spec.defaultDescending = false;
    return spec;
}

std::optional<DeliveryRepository::Detail> DeliveryRepository::detail(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT d.version, d.state, COALESCE(d.paused_state, ''), d.requirement, d.vendor_confirmed, "
            "d.intervention_requested, d.state_since, d.auto_accept_at, d.accepted_at, "
            "d.warranty_days, o.id, o.order_no, o.customer_no, b.name, o.contact_phone, v.name, "
            "p.name, o.paid_fen, o.refunded_fen, o.paid_at FROM deliveries d "
            "JOIN orders o ON o.id = d.order_id JOIN buyers b ON b.id = o.buyer_id "
            "JOIN products p ON p.id = o.product_id JOIN vendors v ON v.id = d.vendor_id "
            "WHERE d.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    Detail detail;
    detail.id = id;
    detail.version = query.value(0).toInt();
    detail.state
        = enumFromKey<DeliveryState>(query.value(1).toString()).value_or(DeliveryState::RequirementPending);
    detail.pausedState = enumFromKey<DeliveryState>(query.value(2).toString());
    detail.requirement = query.value(3).toString();
    detail.vendorConfirmed = query.value(4).toBool();
    detail.interventionRequested = query.value(5).toBool();
    detail.stateSinceMs = query.value(6).toLongLong();
    detail.autoAcceptAtMs = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        detail.acceptedAtMs = query.value(8).toLongLong();
    detail.warrantyDays = query.value(9).toInt();
    detail.orderId = query.value(10).toString();
    detail.orderNo = query.value(11).toString();
    detail.customerNo = query.value(12).toString();
    detail.buyerName = query.value(13).toString();
    detail.contactPhone = query.value(14).toString();
    detail.vendorName = query.value(15).toString();
    detail.productName = query.value(16).toString();
    detail.paid = Money::fromFen(query.value(17).toLongLong());
    detail.refunded = Money::fromFen(query.value(18).toLongLong());
    detail.paidAtMs = query.value(19).toLongLong();
    return detail;
}

QList<DeliveryRepository::Step> DeliveryRepository::steps(const QString& deliveryId)
{
    Query query(
        m_database,
        QStringLiteral("SELECT id, seq, actor_kind, actor, action, COALESCE(from_state, ''), to_state, "
                       "details, at FROM delivery_steps WHERE delivery_id = :id ORDER BY seq"));
    query.bind(QStringLiteral(":id"), deliveryId).exec();
    QList<Step> steps;
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        Step step;
        step.id = query.value(0).toString();
        step.seq = query.value(1).toInt();
        step.actorKind
            = enumFromKey<DeliveryActor>(query.value(2).toString()).value_or(DeliveryActor::System);
        step.actor = query.value(3).toString();
        step.action = query.value(4).toString();
        step.fromState = query.value(5).toString();
        step.toState = query.value(6).toString();
        step.details = query.value(7).toString();
        step.atMs = query.value(8).toLongLong();
        indexOf.insert(step.id, steps.size());
        steps.append(step);
    }
    Query files(
        m_database,
        QStringLiteral("SELECT a.id, a.owner_id, a.file_name, a.size_bytes FROM attachments a "
                       "JOIN delivery_steps s ON s.id = a.owner_id WHERE a.owner_kind = 'delivery_step' "
                       "AND s.delivery_id = :id ORDER BY a.owner_id, a.file_name, a.id"));
    files.bind(QStringLiteral(":id"), deliveryId).exec();
    while (files.next()) {
        const auto index = indexOf.find(files.value(1).toString());
        if (index != indexOf.end())
            steps[*index].files.append(
                {files.value(0).toString(), files.value(2).toString(), files.value(3).toLongLong()});
    }
    return steps;
}

QByteArray DeliveryRepository::fileContent(const QString& fileId)
{
    return AttachmentStore(m_database).content(fileId);
}
