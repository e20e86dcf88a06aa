#include "duejobrunner.h"

#include "commandjournal.h"
#include "database.h"
#include "deliverystepwriter.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSet>
#include <QUuid>

namespace {

/// The namespace of the command ids of due jobs (UUID v5 over the job's name).
const QUuid dueJobNamespace(QStringLiteral("{6f1c2a40-0003-4000-8000-000000000001}"));

constexpr int batchSize = 500;

} // namespace

DueJobRunner::Report DueJobRunner::run(const QDateTime& now, const QString& actor)
{
    Report report;
    QSet<QString> seen;
    for (;;) {
        QList<std::pair<QString, qint64>> due;
        try {
            Query query(m_database,
                        QStringLiteral(
                            "SELECT id, auto_accept_at FROM deliveries WHERE state = 'awaiting_acceptance' "
                            "AND auto_accept_at <= :now ORDER BY auto_accept_at, id LIMIT %1")
                            .arg(batchSize));
            query.bind(QStringLiteral(":now"), now.toMSecsSinceEpoch()).exec();
            while (query.next()) {
                if (!seen.contains(query.value(0).toString()))
                    due.append({query.value(0).toString(), query.value(1).toLongLong()});
            }
        } catch (const StorageError& error) {
            report.error = error.message();
            return report;
        }
        if (due.isEmpty())
            return report;
        for (const auto& [id, dueAt] : due) {
            seen.insert(id);
            try {
                if (autoAccept(id, dueAt, now, actor))
                    ++report.autoAccepted;
            } catch (const StorageError& error) {
                if (report.error.isEmpty())
                    report.error = error.message();
            }
        }
    }
}

bool DueJobRunner::autoAccept(const QString& deliveryId, qint64 dueAtMs, const QDateTime& now,
                              const QString& actor)
{
    MoveDelivery step;
    step.header.id = CommandId(QUuid::createUuidV5(
        dueJobNamespace, QStringLiteral("auto_accept/%1/%2").arg(deliveryId).arg(dueAtMs)));
    step.header.actor = actor;
    // The step happens at the deadline, not when a runner got to it.
    step.header.at = QDateTime::fromMSecsSinceEpoch(dueAtMs, Qt::UTC);
    step.deliveryId = deliveryId;
    step.action = DeliveryAction::AutoAccept;
    step.actor = DeliveryActor::System;

    Transaction transaction(m_database);
    CommandJournal journal(m_database);
    if (journal.alreadyApplied(step.header.id))
        return false;
    DeliveryStepWriter writer(m_database, journal);
    // The lock makes a second runner wait here and then see the delivery already accepted.
    const auto current = writer.lock(deliveryId);
    if (!current || current->state != DeliveryState::AwaitingAcceptance || current->autoAcceptAtMs != dueAtMs
        || dueAtMs > now.toMSecsSinceEpoch())
        return false;
    step.baseVersion = current->version;
    if (writer.apply(*current, step, MoveDelivery::name).kind != WriteOutcome::Kind::Done)
        return false;
    journal.recordCommand(MoveDelivery::name, step.header, step.toJson());
    transaction.commit();
    return true;
}
