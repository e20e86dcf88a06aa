#include "deliverystepwriter.h"

#include "attachmentstore.h"
#include "commandjournal.h"
#include "database.h"
#include "duetime.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"

#include <QJsonArray>
#include <QUuid>

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

} // namespace

std::optional<DeliveryStepWriter::Current> DeliveryStepWriter::lock(const QString& deliveryId)
{
    Query query(
        m_database,
        QStringLiteral("SELECT d.version, d.state, COALESCE(d.paused_state, ''), d.step_count, "
                       "d.auto_accept_at, o.order_no FROM deliveries d JOIN orders o ON o.id = d.order_id "
                       "WHERE d.id = :id")
            + m_database.dialect().lockRows(QStringLiteral("d")));
    query.bind(QStringLiteral(":id"), deliveryId).exec();
    if (!query.next())
        return std::nullopt;
    Current current;
    current.id = deliveryId;
    current.version = query.value(0).toInt();
    current.state
        = enumFromKey<DeliveryState>(query.value(1).toString()).value_or(DeliveryState::RequirementPending);
    current.paused = enumFromKey<DeliveryState>(query.value(2).toString());
    current.stepCount = query.value(3).toInt();
    current.autoAcceptAtMs = query.value(4).toLongLong();
    current.orderNo = query.value(5).toString();
    return current;
}

WriteOutcome DeliveryStepWriter::apply(const Current& current, const MoveDelivery& step,
                                       const char* commandName)
{
    if (current.version != step.baseVersion)
        return WriteOutcome::conflict(
            tr("The delivery of order %1 was changed by someone else. Look at it again.")
                .arg(current.orderNo));
    const auto to = DeliveryWorkflow::target(step.action, step.actor, current.state, current.paused);
    if (!to)
        return WriteOutcome::invalid(
            {{QStringLiteral("state"),
              tr("A delivery that is %1 cannot take the step \"%2\" by the %3.")
                  .arg(enumKey(current.state), enumKey(step.action), enumKey(step.actor))}});
    if (const FieldErrors errors = step.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);

    const qint64 at = step.header.at.toMSecsSinceEpoch();
    const QString text = step.text.trimmed();
    QList<std::pair<QString, QVariant>> columns {{QStringLiteral("state"), enumKey(*to)}};
    const auto set = [&columns](const char* column, const QVariant& value) {
        columns.append({QLatin1String(column), value});
    };
    if (*to != current.state)
        set("state_since", at);
    switch (step.action) {
    case DeliveryAction::SubmitRequirement:
    case DeliveryAction::EditRequirement:
        set("requirement", text);
        break;
    case DeliveryAction::ConfirmRequirement:
        set("vendor_confirmed", true);
        break;
    case DeliveryAction::SubmitForAcceptance: {
        const int days = SettingsService(m_database).rules().autoAcceptDays;
        set("auto_accept_at", at + qint64(days) * dayMs);
        break;
    }
    case DeliveryAction::Accept:
    case DeliveryAction::AutoAccept:
        set("accepted_at", at);
        set("intervention_requested", false);
        break;
    case DeliveryAction::RequestRefund:
        set("paused_state", enumKey(current.state));
        break;
    case DeliveryAction::ApproveRefund:
    case DeliveryAction::DeclineRefund:
        set("paused_state", QVariant());
        break;
    case DeliveryAction::RequestIntervention:
        set("intervention_requested", true);
        break;
    case DeliveryAction::CloseIntervention:
        set("intervention_requested", false);
        break;
    default:
        break;
    }
    if (current.state == DeliveryState::AwaitingAcceptance && *to != DeliveryState::AwaitingAcceptance)
        set("auto_accept_at", nothingDueMs);

    if (!RowUpdate::apply(m_database, QStringLiteral("deliveries"), current.id, current.version, at, columns,
                          QStringLiteral("step_count = step_count + 1")))
        return WriteOutcome::conflict(
            tr("The delivery of order %1 was changed by someone else. Look at it again.")
                .arg(current.orderNo));

    // Ids derived from the command: a replayed command writes the same rows.
    const QString stepId
        = QUuid::createUuidV5(step.header.id.uuid(), current.id).toString(QUuid::WithoutBraces);
    Query(m_database,
          QStringLiteral(
              "INSERT INTO delivery_steps (id, delivery_id, seq, actor_kind, actor, action, from_state, "
              "to_state, details, at, command_id) VALUES (:id, :delivery, :seq, :kind, :actor, :action, "
              ":from, :to, :details, :at, :command)"))
        .bind(QStringLiteral(":id"), stepId)
        .bind(QStringLiteral(":delivery"), current.id)
        .bind(QStringLiteral(":seq"), current.stepCount + 1)
        .bind(QStringLiteral(":kind"), enumKey(step.actor))
        .bind(QStringLiteral(":actor"), step.header.actor)
        .bind(QStringLiteral(":action"), enumKey(step.action))
        .bind(QStringLiteral(":from"), enumKey(current.state))
        .bind(QStringLiteral(":to"), enumKey(*to))
        .bind(QStringLiteral(":details"), text)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":command"), step.header.id.toString())
        .exec();
    AttachmentStore attachments(m_database);
    QJsonArray fileNames;
    for (qsizetype i = 0; i < step.attachments.size(); ++i) {
        const DeliveryAttachment& file = step.attachments.at(i);
        attachments.add(step.header, stepId + QString::number(i), QStringLiteral("delivery_step"), stepId,
                        file.fileName, file.content);
        fileNames.append(file.fileName.trimmed());
    }

    QJsonObject after;
    for (const auto& [column, value] : columns)
        after.insert(column, QJsonValue::fromVariant(value));
    if (!text.isEmpty())
        after.insert(QStringLiteral("text"), text);
    if (!fileNames.isEmpty())
        after.insert(QStringLiteral("files"), fileNames);
    if (step.actor == DeliveryActor::Buyer)
        after.insert(QStringLiteral("on_behalf_of"), enumKey(step.actor));
    m_journal.audit(commandName, step.header, QStringLiteral("delivery"), current.id, enumKey(step.action),
                    {{QStringLiteral("state"), enumKey(current.state)}}, after);
    return WriteOutcome::done(current.version + 1);
}
