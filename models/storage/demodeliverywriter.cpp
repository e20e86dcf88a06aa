#include "demodeliverywriter.h"

#include "demorandom.h"
#include "demovocabulary.h"
#include "duetime.h"

#include <algorithm>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMinutes = 1440;
constexpr qint64 autoAcceptMs = 15 * dayMinutes * minuteMs;

} // namespace

DemoDeliveryWriter::DemoDeliveryWriter(Database& database, DemoRandom& random, qint64 anchorMs,
                                       BatchInserter& orders)
    : m_random(random)
    , m_anchorMs(anchorMs)
    , m_deliveries(database, QStringLiteral("deliveries"),
                   {QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("vendor_id"),
                    QStringLiteral("state"), QStringLiteral("paused_state"), QStringLiteral("requirement"),
                    QStringLiteral("vendor_confirmed"), QStringLiteral("state_since"),
                    QStringLiteral("auto_accept_at"), QStringLiteral("accepted_at"),
                    QStringLiteral("warranty_days"), QStringLiteral("step_count"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at")})
    , m_steps(database, QStringLiteral("delivery_steps"),
              {QStringLiteral("id"), QStringLiteral("delivery_id"), QStringLiteral("seq"),
               QStringLiteral("actor_kind"), QStringLiteral("actor"), QStringLiteral("action"),
               QStringLiteral("from_state"), QStringLiteral("to_state"), QStringLiteral("details"),
               QStringLiteral("at")})
{
    m_deliveries.setPrerequisite(&orders);
    m_steps.setPrerequisite(&m_deliveries);
}

void DemoDeliveryWriter::add(const Order& order)
{
    // The refund states come from the order; the others are drawn.
    static const QStringList drawnStates {
        QStringLiteral("requirement_pending"), QStringLiteral("awaiting_confirmation"),
        QStringLiteral("implementing"), QStringLiteral("awaiting_acceptance"), QStringLiteral("completed")};
    QString state = m_random.pick(drawnStates);
    if (order.status == QStringLiteral("refunded") || order.status == QStringLiteral("refunding"))
        state = order.status;
    const QString deliveryId = m_random.uuid();
    const auto path = DemoVocabulary::deliveryPath(state);
    QList<qint64> stepTimes;
    qint64 at = order.paidAtMs;
    for (qsizetype step = 0; step < path.size(); ++step) {
        at = std::min(at + m_random.between(60, 3 * dayMinutes) * minuteMs, m_anchorMs);
        stepTimes << at;
    }
    const bool awaitingAcceptance = state == QStringLiteral("awaiting_acceptance");
    if (awaitingAcceptance && at + autoAcceptMs < m_anchorMs && !m_random.chance(10)) {
        at = m_anchorMs - m_random.between(0, 14 * dayMinutes) * minuteMs;
        stepTimes.last() = at;
    }
    const bool completed = state == QStringLiteral("completed");
    m_deliveries.add({deliveryId, order.id, order.vendorId, state,
                      state == QStringLiteral("refunding") ? QVariant(QStringLiteral("awaiting_confirmation"))
                                                           : QVariant(),
                      path.isEmpty() ? QString() : QStringLiteral("请按附件完成部署与数据迁移"),
                      state == QStringLiteral("implementing") || awaitingAcceptance || completed, at,
                      awaitingAcceptance ? at + autoAcceptMs : nothingDueMs,
                      completed ? QVariant(at) : QVariant(), warrantyDays, qint64(path.size()),
                      order.paidAtMs, at});
    QString from = QStringLiteral("requirement_pending");
    for (qsizetype step = 0; step < path.size(); ++step) {
        const auto& [actorKind, action, to] = path.at(step);
        m_steps.add({m_random.uuid(), deliveryId, step + 1, actorKind,
                     actorKind == QStringLiteral("buyer") ? order.buyerCustomerNo : order.vendorName, action,
                     from, to, QString(), stepTimes.at(step)});
        from = to;
    }
}

void DemoDeliveryWriter::flush()
{
    m_deliveries.flush();
    m_steps.flush();
}
