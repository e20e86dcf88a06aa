#include "refundservice.h"

#include "commandjournal.h"
#include "database.h"
#include "deliverystepwriter.h"
#include "query.h"

#include <QUuid>

namespace {

/// An order as a refund needs it.
struct OrderFacts
{
    QString orderNo;
    QString status;
    Money paid;
    Money refunded;
    RefundPolicy::Order policyInput;
    QString deliveryId;
};

std::optional<OrderFacts> readOrder(Database& database, const QString& orderId, bool lock)
{
    Query query(
        database,
        QStringLiteral("SELECT o.order_no, o.status, o.paid_fen, o.refunded_fen, o.paid_at, p.delivery_type, "
                       "COALESCE(d.id, ''), COALESCE(d.state, ''), (SELECT COUNT(*) FROM refunds f "
                       "WHERE f.order_id = o.id AND f.status = 'requested') FROM orders o "
                       "JOIN products p ON p.id = o.product_id LEFT JOIN deliveries d ON d.order_id = o.id "
                       "WHERE o.id = :id")
            + (lock ? database.dialect().lockRows(QStringLiteral("o")) : QString()));
    query.bind(QStringLiteral(":id"), orderId).exec();
    if (!query.next())
        return std::nullopt;
    OrderFacts facts;
    facts.orderNo = query.value(0).toString();
    facts.status = query.value(1).toString();
    facts.paid = Money::fromFen(query.value(2).toLongLong());
    facts.refunded = Money::fromFen(query.value(3).toLongLong());
    facts.policyInput.paidAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    facts.policyInput.deliveryType
        = enumFromKey<DeliveryType>(query.value(5).toString()).value_or(DeliveryType::Application);
    facts.deliveryId = query.value(6).toString();
    facts.policyInput.deliveryState = enumFromKey<DeliveryState>(query.value(7).toString());
    facts.policyInput.refundPending = query.value(8).toInt() > 0;
    facts.policyInput.refundable = facts.paid - facts.refunded;
    return facts;
}

WriteOutcome invalid(const char* field, const QString& message)
{
    return WriteOutcome::invalid({{QLatin1String(field), message}});
}

void updateOrder(Database& database, const QString& orderId, qint64 at, const QString& status, Money refunded)
{
    Query(
        database,
        QStringLiteral("UPDATE orders SET status = :status, refunded_fen = :refunded, version = version + 1, "
                       "updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":status"), status)
        .bind(QStringLiteral(":refunded"), refunded.fen())
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":id"), orderId)
        .exec();
}

/// Moves the order's delivery by the refund step `action` when it is in a state that takes it.
WriteOutcome moveDelivery(Database& database, CommandJournal& journal, const QString& deliveryId,
                          const CommandHeader& header, DeliveryAction action, DeliveryActor actor,
                          const QString& text, const char* commandName, bool* moved)
{
    *moved = false;
    if (deliveryId.isEmpty())
        return WriteOutcome::done();
    DeliveryStepWriter writer(database, journal);
    const auto current = writer.lock(deliveryId);
    if (!current || !DeliveryWorkflow::target(action, actor, current->state, current->paused))
        return WriteOutcome::done();
    MoveDelivery step;
    step.header = header;
    step.deliveryId = deliveryId;
    step.baseVersion = current->version;
    step.action = action;
    step.actor = actor;
    step.text = text;
    *moved = true;
    return writer.apply(*current, step, commandName);
}

} // namespace

RefundService::RefundService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

std::optional<RefundPolicy> RefundService::policyFor(const QString& orderId, const QDateTime& now)
{
    const auto facts = readOrder(m_database, orderId, false);
    if (!facts)
        return std::nullopt;
    return RefundPolicy::evaluate(facts->policyInput, now);
}

WriteOutcome RefundService::request(const RequestRefund& command)
{
    if (QUuid::fromString(command.refundId).isNull())
        return invalid("refund", tr("The refund has no identifier."));
    bool deliveryMoved = false;
    QString deliveryId;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        const auto facts = readOrder(m_database, command.orderId, true);
        if (!facts)
            return WriteOutcome::failed(tr("The order no longer exists."));
        const RefundPolicy policy = RefundPolicy::evaluate(facts->policyInput, command.header.at);
        if (const FieldErrors errors = command.validate(policy); !errors.isEmpty())
            return WriteOutcome::invalid(errors);
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        Query(m_database,
              QStringLiteral(
                  "INSERT INTO refunds (id, order_id, reason, reason_text, amount_fen, status, "
                  "order_status_before, requested_at, requested_by) VALUES (:id, :order, :reason, :text, "
                  ":amount, 'requested', :before, :at, :by)"))
            .bind(QStringLiteral(":id"), command.refundId)
            .bind(QStringLiteral(":order"), command.orderId)
            .bind(QStringLiteral(":reason"), enumKey(command.reason))
            .bind(QStringLiteral(":text"), command.text.trimmed())
            .bind(QStringLiteral(":amount"), command.amount.fen())
            .bind(QStringLiteral(":before"), facts->status)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":by"), command.header.actor)
            .exec();
        updateOrder(m_database, command.orderId, at, enumKey(OrderStatus::Refunding), facts->refunded);
        const QJsonObject refund {{QStringLiteral("reason"), enumKey(command.reason)},
                                  {QStringLiteral("amount_fen"), command.amount.fen()},
                                  {QStringLiteral("status"), QStringLiteral("requested")},
                                  {QStringLiteral("on_behalf_of"), QStringLiteral("buyer")}};
        journal.audit(RequestRefund::name, command.header, QStringLiteral("refund"), command.refundId,
                      QStringLiteral("request"), {}, refund);
        journal.audit(RequestRefund::name, command.header, QStringLiteral("order"), command.orderId,
                      QStringLiteral("request_refund"), {{QStringLiteral("status"), facts->status}},
                      {{QStringLiteral("status"), enumKey(OrderStatus::Refunding)}});
        deliveryId = facts->deliveryId;
        if (policy.kind == RefundPolicy::Kind::FullRefund) {
            WriteOutcome moved = moveDelivery(m_database, journal, facts->deliveryId, command.header,
                                              DeliveryAction::RequestRefund, DeliveryActor::Buyer,
                                              command.text, RequestRefund::name, &deliveryMoved);
            if (moved.kind != WriteOutcome::Kind::Done)
                return moved;
        }
        return WriteOutcome::done(1);
    });
    if (outcome.kind != WriteOutcome::Kind::Done)
        return outcome;
    emit changed(QStringLiteral("order"), {command.orderId});
    if (deliveryMoved)
        emit changed(QStringLiteral("delivery"), {deliveryId});
    return outcome;
}

WriteOutcome RefundService::decide(const DecideRefund& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    QString orderId;
    QString deliveryId;
    bool deliveryMoved = false;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query refund(
            m_database,
            QStringLiteral("SELECT order_id, status, version, amount_fen, order_status_before FROM refunds "
                           "WHERE id = :id")
                + m_database.dialect().lockRows());
        refund.bind(QStringLiteral(":id"), command.refundId).exec();
        if (!refund.next())
            return WriteOutcome::failed(tr("The refund no longer exists."));
        orderId = refund.value(0).toString();
        if (refund.value(2).toInt() != command.baseVersion)
            return WriteOutcome::conflict(tr("The refund was changed by someone else. Look at it again."));
        if (refund.value(1).toString() != QStringLiteral("requested"))
            return invalid("status", tr("The refund was decided already."));
        const Money amount = Money::fromFen(refund.value(3).toLongLong());
        const QString statusBefore = refund.value(4).toString();
        const auto facts = readOrder(m_database, orderId, true);
        if (!facts)
            return WriteOutcome::failed(tr("The order no longer exists."));
        deliveryId = facts->deliveryId;
        if (command.approve && facts->refunded + amount > facts->paid)
            return invalid("amount", tr("The refund is larger than what is left to refund on the order."));

        const qint64 at = command.header.at.toMSecsSinceEpoch();
        const QString status = enumKey(command.approve ? RefundStatus::Approved : RefundStatus::Declined);
        Query(m_database,
              QStringLiteral("UPDATE refunds SET status = :status, decided_at = :at, decided_by = :by, "
                             "decline_reason = :reason, version = version + 1 WHERE id = :id"))
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":by"), command.header.actor)
            .bind(QStringLiteral(":reason"), command.approve ? QString() : command.declineReason.trimmed())
            .bind(QStringLiteral(":id"), command.refundId)
            .exec();
        const Money refunded = command.approve ? facts->refunded + amount : facts->refunded;
        const QString orderStatus
            = command.approve && refunded == facts->paid ? enumKey(OrderStatus::Refunded) : statusBefore;
        updateOrder(m_database, orderId, at, orderStatus, refunded);
        journal.audit(DecideRefund::name, command.header, QStringLiteral("refund"), command.refundId,
                      command.approve ? QStringLiteral("approve") : QStringLiteral("decline"),
                      {{QStringLiteral("status"), QStringLiteral("requested")}},
                      {{QStringLiteral("status"), status},
                       {QStringLiteral("decline_reason"), command.declineReason.trimmed()}});
        journal.audit(
            DecideRefund::name, command.header, QStringLiteral("order"), orderId,
            command.approve ? QStringLiteral("refund_approved") : QStringLiteral("refund_declined"),
            {{QStringLiteral("status"), facts->status},
             {QStringLiteral("refunded_fen"), facts->refunded.fen()}},
            {{QStringLiteral("status"), orderStatus}, {QStringLiteral("refunded_fen"), refunded.fen()}});
        WriteOutcome moved
            = moveDelivery(m_database, journal, facts->deliveryId, command.header,
                           command.approve ? DeliveryAction::ApproveRefund : DeliveryAction::DeclineRefund,
                           DeliveryActor::Platform, command.approve ? QString() : command.declineReason,
                           DecideRefund::name, &deliveryMoved);
        if (moved.kind != WriteOutcome::Kind::Done)
            return moved;
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind != WriteOutcome::Kind::Done)
        return outcome;
    emit changed(QStringLiteral("order"), {orderId});
    if (deliveryMoved)
        emit changed(QStringLiteral("delivery"), {deliveryId});
    return outcome;
}
