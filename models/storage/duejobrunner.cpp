#include "duejobrunner.h"

#include "commandjournal.h"
#include "database.h"
#include "deliverystepwriter.h"
#include "depositrepository.h"
#include "holidayservice.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "permissionrepository.h"
#include "permissions.h"
#include "productservice.h"
#include "query.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "systemreason.h"
#include "transaction.h"
#include "vendorstanding.h"

#include <QSet>
#include <QUuid>

namespace {

/// The namespace of the command ids of due jobs (UUID v5 over the job's name).
const QUuid dueJobNamespace(QStringLiteral("{6f1c2a40-0003-4000-8000-000000000001}"));

constexpr int batchSize = 500;

/// The header of a due job: its id derived from the job, so every runner names it alike, and its
/// time the deadline, not when a runner got to it.
CommandHeader jobHeader(const char* job, const QString& rowId, qint64 dueAtMs, const QString& actor)
{
    return {CommandId(QUuid::createUuidV5(
                dueJobNamespace, QStringLiteral("%1/%2/%3").arg(QLatin1String(job), rowId).arg(dueAtMs))),
            actor, QDateTime::fromMSecsSinceEpoch(dueAtMs, Qt::UTC)};
}

} // namespace

DueJobRunner::Report DueJobRunner::run(const QDateTime& now, const QString& actor)
{
    Report report;
    // On a team server each job runs only for a user who may do it by hand; the server's
    // scheduler (--run-due-jobs as the owner) does them all.
    QSet<QString> granted;
    BusinessRules rules;
    try {
        granted = PermissionRepository(m_database).granted();
        rules = SettingsService(m_database).rules();
    } catch (const StorageError& failure) {
        report.error = failure.message();
        return report;
    }
    if (granted.contains(QStringLiteral("delivery.work")))
        report.autoAccepted = runBatches(
            QStringLiteral(
                "SELECT id, auto_accept_at, version FROM deliveries WHERE state = 'awaiting_acceptance' "
                "AND auto_accept_at <= :now ORDER BY auto_accept_at, id"),
            now, &report.error,
            [&](const QString& id, qint64 dueAt, int) { return autoAccept(id, dueAt, now, actor); });
    if (granted.contains(QStringLiteral("invoice.return")))
        report.redLettersLapsed = runBatches(
            QStringLiteral("SELECT id, red_letter_deadline_at, version FROM invoice_requests "
                           "WHERE status = 'awaiting_red_letter' AND red_letter_deadline_at <= :now "
                           "ORDER BY red_letter_deadline_at, id"),
            now, &report.error, [&](const QString& id, qint64 deadline, int version) {
                return lapseRedLetter(id, deadline, version, actor);
            });
    if (granted.contains(QStringLiteral("vendor.manage")))
        report.vendorsSuspended = suspendForShortfall(now, rules, actor, &report.error);
    if (granted.contains(QLatin1String(Permissions::productReview)))
        // :now is the moment before which a product's last order (or its listing) must lie.
        report.productsDelisted = runBatches(
            QStringLiteral("SELECT p.id, COALESCE(p.listed_at, p.created_at), p.version FROM products p "
                           "WHERE p.status = 'listed' AND COALESCE(p.listed_at, p.created_at) <= :now "
                           "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.product_id = p.id "
                           "AND o.paid_at > :now) ORDER BY p.id"),
            ProductWorkflow::dormantBefore(now, rules.idleDelistMonths), &report.error,
            [&](const QString& id, qint64 lastActivity, int version) {
                return delistDormant(id, lastActivity, version, now, rules.idleDelistMonths, actor);
            });
    foldCounts(&report.error);
    return report;
}

int DueJobRunner::suspendForShortfall(const QDateTime& now, const BusinessRules& rules, const QString& actor,
                                      QString* error)
{
    int suspended = 0;
    try {
        const WorkingCalendar calendar = HolidayService(m_database).calendar();
        QStringList candidates;
        Query query(
            m_database,
            QStringLiteral("SELECT DISTINCT e.vendor_id FROM deposit_entries e JOIN vendors v "
                           "ON v.id = e.vendor_id WHERE e.kind = 'deduction' AND v.status = 'active'"));
        query.exec();
        while (query.next())
            candidates << query.value(0).toString();
        for (const QString& vendorId : std::as_const(candidates)) {
            Transaction transaction(m_database);
            CommandJournal journal(m_database);
            VendorStanding standing(m_database, journal);
            const auto current = standing.read(vendorId);
            if (!current || current->status != VendorStatus::Active)
                continue;
            const auto ledger = DepositRepository(m_database).ledger(VendorId::fromString(vendorId));
            const auto schedule = DepositLedger::pendingShortfall(
                ledger.entries(), ledger.due(now), rules.topUpWorkingDays, rules.settlementDay, calendar);
            if (!schedule || schedule->suspendAt > now)
                continue;
            const CommandHeader header = jobHeader("suspend_for_shortfall", vendorId,
                                                   schedule->suspendAt.toMSecsSinceEpoch(), actor);
            if (journal.alreadyApplied(header.id))
                continue;
            if (!standing.suspendForShortfall("vendor.suspend_for_shortfall", header, vendorId, *current,
                                              schedule->settlementDay))
                continue;
            journal.recordCommand("vendor.suspend_for_shortfall", header,
                                  header.toJson("vendor.suspend_for_shortfall", 1));
            transaction.commit();
            ++suspended;
        }
    } catch (const StorageError& failure) {
        if (error->isEmpty())
            *error = failure.message();
    }
    return suspended;
}

void DueJobRunner::foldCounts(QString* error)
{
    const QString fold
        = m_database.dialect().foldCountsStatement(InvoiceRequestRepository::tableSpec().countsTable);
    if (fold.isEmpty())
        return;
    try {
        Transaction transaction(m_database);
        Query::execute(m_database, fold);
        transaction.commit();
    } catch (const StorageError& failure) {
        if (error->isEmpty())
            *error = failure.message();
    }
}

int DueJobRunner::runBatches(const QString& sql, const QDateTime& now, QString* error,
                             const std::function<bool(const QString&, qint64, int)>& job)
{
    int applied = 0;
    QSet<QString> seen;
    for (;;) {
        QList<std::tuple<QString, qint64, int>> due;
        try {
            Query query(m_database, sql + QStringLiteral(" LIMIT %1").arg(batchSize));
            query.bind(QStringLiteral(":now"), now.toMSecsSinceEpoch()).exec();
            while (query.next()) {
                if (!seen.contains(query.value(0).toString()))
                    due.append(
                        {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt()});
            }
        } catch (const StorageError& failure) {
            if (error->isEmpty())
                *error = failure.message();
            return applied;
        }
        if (due.isEmpty())
            return applied;
        for (const auto& [id, dueAt, version] : due) {
            seen.insert(id);
            try {
                if (job(id, dueAt, version))
                    ++applied;
            } catch (const StorageError& failure) {
                if (error->isEmpty())
                    *error = failure.message();
            }
        }
    }
}

bool DueJobRunner::delistDormant(const QString& productId, qint64 lastActivityMs, int version,
                                 const QDateTime& now, int idleMonths, const QString& actor)
{
    ReviewProduct delist;
    // The job is named by the listing it ends; it happens when the product became dormant.
    const QDateTime dormantAt = std::min(
        ProductWorkflow::dormantAt(QDateTime::fromMSecsSinceEpoch(lastActivityMs, Qt::UTC), idleMonths),
        now.toUTC());
    delist.header = jobHeader("delist_dormant", productId, lastActivityMs, actor);
    delist.header.at = dormantAt;
    delist.productId = productId;
    delist.baseVersion = version;
    delist.action = ProductAction::Delist;
    delist.reasonCode = SystemReason::dormant(idleMonths);
    return ProductService(m_database).review(delist).kind == WriteOutcome::Kind::Done;
}

bool DueJobRunner::lapseRedLetter(const QString& requestId, qint64 deadlineMs, int version,
                                  const QString& actor)
{
    MoveInvoiceRequest lapse;
    lapse.header = jobHeader("lapse_red_letter", requestId, deadlineMs, actor);
    lapse.requestId = requestId;
    lapse.baseVersion = version;
    lapse.action = InvoiceAction::LapseRedLetter;
    lapse.actor = InvoiceActor::System;
    // A second runner finds the command applied, or the request moved on (a conflict): either way
    // nothing is written twice.
    return InvoiceService(m_database).move(lapse).kind == WriteOutcome::Kind::Done;
}

bool DueJobRunner::autoAccept(const QString& deliveryId, qint64 dueAtMs, const QDateTime& now,
                              const QString& actor)
{
    MoveDelivery step;
    step.header = jobHeader("auto_accept", deliveryId, dueAtMs, actor);
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
