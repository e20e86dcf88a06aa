#include "marketplaceservice.h"

#include "commandjournal.h"
#include "database.h"
#include "holidayservice.h"
#include "invoicedeadline.h"
#include "invoicerequestnumber.h"
#include "invoiceworkflow.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QUuid>

namespace {

const QString entity = QStringLiteral("invoice_request");

/// The columns the buyer fills in on the marketplace: refreshed by a pull while the request waits.
RowUpdate::Columns buyerColumns(const MarketplaceInvoice& invoice)
{
    return {
        {QStringLiteral("title_kind"), enumKey(invoice.titleKind())},
        {QStringLiteral("title"), invoice.title},
        {QStringLiteral("taxpayer_id"), invoice.taxpayerId},
        {QStringLiteral("bank"), invoice.bank},
        {QStringLiteral("bank_account"), invoice.bankAccount},
        {QStringLiteral("registered_address"), invoice.registeredAddress},
        {QStringLiteral("registered_phone"), invoice.registeredPhone},
        {QStringLiteral("recipient"), invoice.recipient},
        {QStringLiteral("recipient_phone"), invoice.recipientPhone},
        {QStringLiteral("address"), invoice.address},
        {QStringLiteral("postcode"), invoice.postcode},
        {QStringLiteral("email"), invoice.email.isEmpty() ? QVariant() : QVariant(invoice.email)},
        {QStringLiteral("buyer_notice"), invoice.userNotice},
    };
}

QJsonObject jsonOf(const RowUpdate::Columns& columns)
{
    QJsonObject json;
    for (const auto& [column, value] : columns)
        json.insert(column, QJsonValue::fromVariant(value));
    return json;
}

/// A request already in the queue that a pulled one matches.
struct Known
{
    QString id;
    InvoiceStatus status = InvoiceStatus::Pending;
    int version = 0;
    bool pushQueued = false;
    bool adopted = false; ///< came from the console export and now gets its marketplace ID
    RowUpdate::Columns stored; ///< the buyer columns as stored
};

std::optional<Known> findKnown(Database& database, const MarketplaceInvoice& invoice)
{
    const RowUpdate::Columns wanted = buyerColumns(invoice);
    QStringList names;
    for (const auto& column : wanted)
        names << column.first;
    const QString select = QStringLiteral("SELECT id, status, version, COALESCE(sync_state, ''), %1 "
                                          "FROM invoice_requests WHERE ")
                               .arg(names.join(QStringLiteral(", ")));
    Query byId(database, select + QStringLiteral("marketplace_id = :id") + database.dialect().lockRows({}));
    byId.bind(QStringLiteral(":id"), invoice.marketplaceId).exec();
    bool found = byId.next();
    Query* row = &byId;
    Query byOrder(
        database,
        select + QStringLiteral("marketplace_id IS NULL AND order_no = :order AND amount_fen = :amount")
            + database.dialect().lockRows({}));
    bool adopted = false;
    if (!found) {
        byOrder.bind(QStringLiteral(":order"), invoice.orders.first().orderNo)
            .bind(QStringLiteral(":amount"), invoice.amount.fen())
            .exec();
        found = adopted = byOrder.next();
        row = &byOrder;
    }
    if (!found)
        return std::nullopt;
    Known known;
    known.id = row->value(0).toString();
    known.status = enumFromKey<InvoiceStatus>(row->value(1).toString()).value_or(InvoiceStatus::Pending);
    known.version = row->value(2).toInt();
    known.pushQueued = row->value(3).toString() == QStringLiteral("pending");
    known.adopted = adopted;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        known.stored.append({wanted.at(i).first, row->value(int(i) + 4)});
    return known;
}

} // namespace

QJsonObject MarketplaceService::Push::toJson() const
{
    return {{QStringLiteral("InvoiceId"), marketplaceId},
            {QStringLiteral("OperateType"), reject ? 1 : 0},
            {QStringLiteral("Number"), invoiceNo},
            {QStringLiteral("Type"), marketplaceType},
            {QStringLiteral("CheckNotice"), checkNotice}};
}

MarketplaceService::Push MarketplaceService::Push::fromJson(const QJsonObject& json)
{
    Push push;
    push.marketplaceId = json.value(QStringLiteral("InvoiceId")).toString();
    push.reject = json.value(QStringLiteral("OperateType")).toInt() == 1;
    push.invoiceNo = json.value(QStringLiteral("Number")).toString();
    push.marketplaceType = json.value(QStringLiteral("Type")).toInt();
    push.checkNotice = json.value(QStringLiteral("CheckNotice")).toString();
    return push;
}

MarketplaceService::MarketplaceService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

MarketplaceService::SaveReport MarketplaceService::savePulled(const QString& provider,
                                                              const QList<MarketplaceInvoice>& invoices,
                                                              const QDateTime& sweptUntil,
                                                              const CommandHeader& header)
{
    SaveReport report;
    QStringList changedIds;
    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        const InvoiceDeadline::Rule rule = SettingsService(m_database).invoiceIssueRule();
        const WorkingCalendar calendar = HolidayService(m_database).calendar();
        const qint64 now = header.at.toMSecsSinceEpoch();
        for (const MarketplaceInvoice& invoice : invoices) {
            const std::optional<Known> known = findKnown(m_database, invoice);
            if (known) {
                RowUpdate::Columns columns;
                if (known->adopted)
                    columns << RowUpdate::Columns {
                        {QStringLiteral("marketplace_id"), invoice.marketplaceId},
                        {QStringLiteral("marketplace_type"), invoice.marketplaceType},
                        {QStringLiteral("sync_state"), QStringLiteral("synced")}};
                const bool waiting = InvoiceWorkflow::awaitsIssue(known->status) && !known->pushQueued;
                QJsonObject before;
                if (waiting) {
                    const RowUpdate::Columns fresh = buyerColumns(invoice);
                    for (qsizetype i = 0; i < fresh.size(); ++i) {
                        const QVariant& stored = known->stored.at(i).second;
                        if (stored.toString() != fresh.at(i).second.toString()
                            || stored.isNull() != fresh.at(i).second.isNull()) {
                            columns << fresh.at(i);
                            before.insert(fresh.at(i).first, QJsonValue::fromVariant(stored));
                        }
                    }
                    // Issued on the marketplace's own console: the queue no longer waits for it.
                    if (!invoice.pending) {
                        columns << RowUpdate::Columns {
                            {QStringLiteral("status"), enumKey(InvoiceStatus::Issued)},
                            {QStringLiteral("action_due_at"), InvoiceWorkflow::nothingDue}};
                        before.insert(QStringLiteral("status"), enumKey(known->status));
                    }
                }
                if (columns.isEmpty()) {
                    ++report.unchanged;
                    continue;
                }
                if (!RowUpdate::apply(m_database, QStringLiteral("invoice_requests"), known->id,
                                      known->version, now, columns))
                    throw StorageError(
                        tr("Request %1 changed while it was being saved.").arg(invoice.marketplaceId));
                journal.audit(pullCommandName, header, entity, known->id, QStringLiteral("pull_update"),
                              before, jsonOf(columns));
                ++report.updated;
                changedIds << known->id;
                continue;
            }
            const QString id
                = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1e0f3a-5b8e-4d55-9a43-2c1d0e7b9a10}")),
                                      provider + u'/' + invoice.marketplaceId)
                      .toString(QUuid::WithoutBraces);
            Query order(m_database,
                        QStringLiteral("SELECT id, buyer_id, vendor_id FROM orders WHERE order_no = :order"));
            order.bind(QStringLiteral(":order"), invoice.orders.first().orderNo).exec();
            const bool orderKnown = order.next();
            const InvoiceStatus status = invoice.pending ? InvoiceStatus::Pending : InvoiceStatus::Issued;
            const qint64 dueAt
                = InvoiceDeadline::after(invoice.appliedAt, rule, calendar).toMSecsSinceEpoch();
            RowUpdate::Columns columns {
                {QStringLiteral("id"), id},
                {QStringLiteral("request_no"), InvoiceRequestNumber::make(invoice.appliedAt, id)},
                {QStringLiteral("order_id"), orderKnown ? order.value(0) : QVariant()},
                {QStringLiteral("order_no"), invoice.orders.first().orderNo},
                {QStringLiteral("customer_no"), invoice.customerNo},
                {QStringLiteral("contact_phone"), invoice.recipientPhone},
                {QStringLiteral("buyer_id"), orderKnown ? order.value(1) : QVariant()},
                {QStringLiteral("vendor_id"), orderKnown ? order.value(2) : QVariant()},
                {QStringLiteral("invoice_type"), enumKey(invoice.type)},
                {QStringLiteral("medium"), enumKey(invoice.medium)},
                {QStringLiteral("amount_fen"), invoice.amount.fen()},
                {QStringLiteral("status"), enumKey(status)},
                {QStringLiteral("applied_at"), invoice.appliedAt.toMSecsSinceEpoch()},
                {QStringLiteral("due_at"), dueAt},
                {QStringLiteral("action_due_at"), invoice.pending ? dueAt : InvoiceWorkflow::nothingDue},
                {QStringLiteral("marketplace_id"), invoice.marketplaceId},
                {QStringLiteral("marketplace_type"), invoice.marketplaceType},
                {QStringLiteral("sync_state"), QStringLiteral("synced")},
                {QStringLiteral("created_at"), now},
                {QStringLiteral("updated_at"), now},
            };
            columns << buyerColumns(invoice);
            RowUpdate::insert(m_database, QStringLiteral("invoice_requests"), columns);
            for (const MarketplaceInvoice::Order& part : invoice.orders) {
                order.bind(QStringLiteral(":order"), part.orderNo).exec();
                if (!order.next() || !InvoiceWorkflow::holdsAmount(status) || part.amount.fen() <= 0)
                    continue;
                Query(m_database,
                      QStringLiteral("INSERT INTO invoice_request_orders (invoice_request_id, order_id, "
                                     "amount_fen) VALUES (:request, :order, :amount)"))
                    .bind(QStringLiteral(":request"), id)
                    .bind(QStringLiteral(":order"), order.value(0))
                    .bind(QStringLiteral(":amount"), part.amount.fen())
                    .exec();
            }
            journal.audit(pullCommandName, header, entity, id, QStringLiteral("pull_create"), {},
                          jsonOf(columns));
            ++report.added;
            changedIds << id;
        }
        if (sweptUntil.isValid()) {
            Query cursor(m_database,
                         QStringLiteral("UPDATE marketplace_sync SET swept_until = :until, "
                                        "updated_at = :at WHERE provider = :provider"));
            cursor.bind(QStringLiteral(":until"), sweptUntil.toMSecsSinceEpoch())
                .bind(QStringLiteral(":at"), now)
                .bind(QStringLiteral(":provider"), provider)
                .exec();
            if (cursor.rowsAffected() == 0)
                Query(m_database,
                      QStringLiteral("INSERT INTO marketplace_sync (provider, swept_until, updated_at) "
                                     "VALUES (:provider, :until, :at)"))
                    .bind(QStringLiteral(":provider"), provider)
                    .bind(QStringLiteral(":until"), sweptUntil.toMSecsSinceEpoch())
                    .bind(QStringLiteral(":at"), now)
                    .exec();
        }
        transaction.commit();
    } catch (const StorageError& error) {
        return SaveReport {0, 0, 0, error.message()};
    }
    if (!changedIds.isEmpty())
        emit changed(entity, changedIds);
    return report;
}

MarketplaceService::SyncStatus MarketplaceService::syncStatus(const QString& provider)
{
    SyncStatus status;
    Query sync(m_database,
               QStringLiteral("SELECT swept_until, last_pull_at, COALESCE(last_error, '') "
                              "FROM marketplace_sync WHERE provider = :provider"));
    sync.bind(QStringLiteral(":provider"), provider).exec();
    if (sync.next()) {
        if (!sync.value(0).isNull())
            status.sweptUntil = QDateTime::fromMSecsSinceEpoch(sync.value(0).toLongLong(), Qt::UTC);
        if (!sync.value(1).isNull())
            status.lastPullAt = QDateTime::fromMSecsSinceEpoch(sync.value(1).toLongLong(), Qt::UTC);
        status.lastError = sync.value(2).toString();
    }
    Query outbox(m_database,
                 QStringLiteral("SELECT state, COUNT(*) FROM marketplace_outbox "
                                "WHERE state IN ('pending', 'failed') GROUP BY state"));
    outbox.exec();
    while (outbox.next())
        (outbox.value(0).toString() == QStringLiteral("pending") ? status.pendingPushes : status.failedPushes)
            = outbox.value(1).toInt();
    return status;
}

void MarketplaceService::recordPull(const QString& provider, const QString& error, const QDateTime& at)
{
    Transaction transaction(m_database);
    Query update(m_database,
                 QStringLiteral("UPDATE marketplace_sync SET last_pull_at = :at, last_error = :error, "
                                "updated_at = :at WHERE provider = :provider"));
    update.bind(QStringLiteral(":at"), at.toMSecsSinceEpoch())
        .bind(QStringLiteral(":error"), error.isEmpty() ? QVariant() : QVariant(error))
        .bind(QStringLiteral(":provider"), provider)
        .exec();
    if (update.rowsAffected() == 0)
        Query(m_database,
              QStringLiteral("INSERT INTO marketplace_sync (provider, last_pull_at, last_error, "
                             "updated_at) VALUES (:provider, :at, :error, :at)"))
            .bind(QStringLiteral(":provider"), provider)
            .bind(QStringLiteral(":at"), at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":error"), error.isEmpty() ? QVariant() : QVariant(error))
            .exec();
    transaction.commit();
}

void MarketplaceService::queuePush(Database& database, const Push& push, const QDateTime& at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    Query(database,
          QStringLiteral("INSERT INTO marketplace_outbox (id, invoice_request_id, marketplace_id, operation, "
                         "payload, state, next_attempt_at, created_at, updated_at) VALUES (:id, :request, "
                         ":marketplace, :operation, :payload, 'pending', :at, :at, :at)"))
        .bind(QStringLiteral(":id"), push.outboxId)
        .bind(QStringLiteral(":request"), push.requestId)
        .bind(QStringLiteral(":marketplace"), push.marketplaceId)
        .bind(QStringLiteral(":operation"), push.reject ? QStringLiteral("reject") : QStringLiteral("issue"))
        .bind(QStringLiteral(":payload"),
              QString::fromUtf8(QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":at"), ms)
        .exec();
    Query(database,
          QStringLiteral("UPDATE invoice_requests SET sync_state = 'pending', sync_error = NULL "
                         "WHERE id = :id"))
        .bind(QStringLiteral(":id"), push.requestId)
        .exec();
}

QList<MarketplaceService::OutboxEntry> MarketplaceService::dueOutbox(const QDateTime& now, int limit)
{
    Query due(m_database,
              QStringLiteral(
                  "SELECT id, invoice_request_id, payload, attempts, outcome_unknown FROM marketplace_outbox "
                  "WHERE state = 'pending' AND next_attempt_at <= :now "
                  "ORDER BY next_attempt_at, created_at, id LIMIT %1")
                  .arg(limit));
    due.bind(QStringLiteral(":now"), now.toMSecsSinceEpoch()).exec();
    QList<OutboxEntry> entries;
    while (due.next()) {
        OutboxEntry entry;
        entry.id = due.value(0).toString();
        entry.push = Push::fromJson(QJsonDocument::fromJson(due.value(2).toString().toUtf8()).object());
        entry.push.outboxId = entry.id;
        entry.push.requestId = due.value(1).toString();
        entry.attempts = due.value(3).toInt();
        entry.outcomeUnknown = due.value(4).toBool();
        entries << entry;
    }
    return entries;
}

QDateTime MarketplaceService::nextPushDue()
{
    Query next(m_database,
               QStringLiteral("SELECT MIN(next_attempt_at) FROM marketplace_outbox WHERE state = 'pending'"));
    next.exec();
    if (!next.next() || next.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(next.value(0).toLongLong(), Qt::UTC);
}

void MarketplaceService::markSent(const QString& entryId, const QDateTime& at)
{
    finishEntry(entryId, QStringLiteral("sent"), QStringLiteral("synced"), {}, at);
}

void MarketplaceService::markFailed(const QString& entryId, const QString& error, const QDateTime& at)
{
    finishEntry(entryId, QStringLiteral("failed"), QStringLiteral("failed"), error, at);
}

void MarketplaceService::finishEntry(const QString& entryId, const QString& state,
                                     const QString& requestSyncState, const QString& error,
                                     const QDateTime& at)
{
    QString requestId;
    {
        Transaction transaction(m_database);
        Query entry(m_database,
                    QStringLiteral("UPDATE marketplace_outbox SET state = :state, last_error = :error, "
                                   "attempts = attempts + 1, updated_at = :at WHERE id = :id"));
        entry.bind(QStringLiteral(":state"), state)
            .bind(QStringLiteral(":error"), error.isEmpty() ? QVariant() : QVariant(error))
            .bind(QStringLiteral(":at"), at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":id"), entryId)
            .exec();
        Query owner(m_database,
                    QStringLiteral("SELECT invoice_request_id FROM marketplace_outbox WHERE id = :id"));
        owner.bind(QStringLiteral(":id"), entryId).exec();
        if (!owner.next())
            return;
        requestId = owner.value(0).toString();
        // A later push of the same request may still wait: the request stays pending until it is sent.
        Query waiting(m_database,
                      QStringLiteral("SELECT 1 FROM marketplace_outbox WHERE invoice_request_id = :request "
                                     "AND state = 'pending' LIMIT 1"));
        waiting.bind(QStringLiteral(":request"), requestId).exec();
        Query(m_database,
              QStringLiteral("UPDATE invoice_requests SET sync_state = :state, sync_error = :error "
                             "WHERE id = :id"))
            .bind(QStringLiteral(":state"), waiting.next() ? QStringLiteral("pending") : requestSyncState)
            .bind(QStringLiteral(":error"), error.isEmpty() ? QVariant() : QVariant(error))
            .bind(QStringLiteral(":id"), requestId)
            .exec();
        transaction.commit();
    }
    emit changed(entity, {requestId});
}

void MarketplaceService::markRetry(const QString& entryId, const QString& error,
                                   const QDateTime& nextAttemptAt, bool outcomeUnknown, const QDateTime& at)
{
    QString requestId;
    {
        Transaction transaction(m_database);
        Query(m_database,
              QStringLiteral("UPDATE marketplace_outbox SET attempts = attempts + 1, last_error = :error, "
                             "next_attempt_at = :next, outcome_unknown = :unknown, updated_at = :at "
                             "WHERE id = :id"))
            .bind(QStringLiteral(":error"), error)
            .bind(QStringLiteral(":next"), nextAttemptAt.toMSecsSinceEpoch())
            .bind(QStringLiteral(":unknown"), outcomeUnknown)
            .bind(QStringLiteral(":at"), at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":id"), entryId)
            .exec();
        Query owner(m_database,
                    QStringLiteral("SELECT invoice_request_id FROM marketplace_outbox WHERE id = :id"));
        owner.bind(QStringLiteral(":id"), entryId).exec();
        if (owner.next())
            requestId = owner.value(0).toString();
        Query(m_database, QStringLiteral("UPDATE invoice_requests SET sync_error = :error WHERE id = :id"))
            .bind(QStringLiteral(":error"), error)
            .bind(QStringLiteral(":id"), requestId)
            .exec();
        transaction.commit();
    }
    emit changed(entity, {requestId});
}

int MarketplaceService::retryFailed(const QStringList& requestIds, const QDateTime& at)
{
    int requeued = 0;
    QStringList changedIds;
    {
        Transaction transaction(m_database);
        for (const QString& requestId : requestIds) {
            Query entries(
                m_database,
                QStringLiteral("UPDATE marketplace_outbox SET state = 'pending', next_attempt_at = :at, "
                               "attempts = 0, updated_at = :at "
                               "WHERE invoice_request_id = :request AND state = 'failed'"));
            entries.bind(QStringLiteral(":at"), at.toMSecsSinceEpoch())
                .bind(QStringLiteral(":request"), requestId)
                .exec();
            if (entries.rowsAffected() == 0)
                continue;
            requeued += entries.rowsAffected();
            changedIds << requestId;
            Query(m_database,
                  QStringLiteral("UPDATE invoice_requests SET sync_state = 'pending', sync_error = NULL "
                                 "WHERE id = :id"))
                .bind(QStringLiteral(":id"), requestId)
                .exec();
        }
        transaction.commit();
    }
    if (!changedIds.isEmpty())
        emit changed(entity, changedIds);
    return requeued;
}
