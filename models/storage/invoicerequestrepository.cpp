#include "invoicerequestrepository.h"

#include "database.h"
#include "invoiceworkflow.h"
#include "query.h"

namespace {

/// Statuses whose amount is held against the order (see InvoiceWorkflow::holdsAmount).
const QString heldStatuses = QStringLiteral("r.status NOT IN ('cancelled', 'refunded', 'voided')");

QString balanceSelect()
{
    return QStringLiteral("SELECT o.id, o.order_no, o.paid_fen, o.voucher_fen, o.refunded_fen, "
                          "COALESCE(o.statement_period, ''), "
                          "(SELECT COALESCE(SUM(x.amount_fen), 0) FROM invoice_request_orders x "
                          "JOIN invoice_requests r ON r.id = x.invoice_request_id "
                          "WHERE x.order_id = o.id AND %1) FROM orders o ")
        .arg(heldStatuses);
}

InvoiceableAmount::OrderBalance readBalance(const Query& query)
{
    InvoiceableAmount::OrderBalance balance;
    balance.orderId = query.value(0).toString();
    balance.orderNo = query.value(1).toString();
    balance.paid = Money::fromFen(query.value(2).toLongLong());
    balance.voucher = Money::fromFen(query.value(3).toLongLong());
    balance.refunded = Money::fromFen(query.value(4).toLongLong());
    balance.statementPeriod = query.value(5).toString();
    balance.requested = Money::fromFen(query.value(6).toLongLong());
    return balance;
}

QDateTime utcOrNull(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

bool InvoiceRequestRepository::Detail::orderRefundFlag() const
{
    return orderKnown
        && (orderStatus == QStringLiteral("refunded") || orderStatus == QStringLiteral("refunding"));
}

TableSpec InvoiceRequestRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral("invoice_requests r");
    spec.fromAlias = QStringLiteral("r");
    spec.lookupJoins = QStringLiteral("LEFT JOIN orders o ON o.id = r.order_id");
    spec.idExpression = QStringLiteral("r.id");
    spec.statusExpression = QStringLiteral("r.status");
    // Tab-indexed: status (the tab's own order), invoice_no and invoiced_at (migration 0015),
    // applied_at (0014) and time_left (status_due).
    spec.columns = {
        {QStringLiteral("order_no"), QStringLiteral("r.order_no"), ColumnKind::Text, true},
        {QStringLiteral("customer_no"), QStringLiteral("r.customer_no"), ColumnKind::Text, true},
        {QStringLiteral("contact_phone"), QStringLiteral("r.contact_phone"), ColumnKind::Text, true},
        {QStringLiteral("invoice_no"), QStringLiteral("COALESCE(r.invoice_no, '')"), ColumnKind::Text, true,
         true},
        {QStringLiteral("amount_fen"), QStringLiteral("r.amount_fen"), ColumnKind::Money, true},
        {QStringLiteral("invoice_type"), QStringLiteral("r.invoice_type"), ColumnKind::Enum, true},
        {QStringLiteral("status"), QStringLiteral("r.status"), ColumnKind::Enum, true, true},
        {QStringLiteral("applied_at"), QStringLiteral("r.applied_at"), ColumnKind::DateTime, true, true},
        // 0 stands for "not invoiced yet": keyset paging needs a value in every row.
        {QStringLiteral("invoiced_at"), QStringLiteral("COALESCE(r.invoiced_at, 0)"), ColumnKind::DateTime,
         true, true},
        {QStringLiteral("time_left"), QStringLiteral("r.action_due_at"), ColumnKind::Deadline, true, true},
        {QStringLiteral("sync_state"), QStringLiteral("COALESCE(r.sync_state, '')"), ColumnKind::Enum, false},
    };
    spec.searchExpressions
        = {QStringLiteral("r.order_no"), QStringLiteral("r.customer_no"), QStringLiteral("r.contact_phone"),
           QStringLiteral("COALESCE(r.invoice_no, '')"), QStringLiteral("r.title")};
    spec.searchTable = QStringLiteral("invoice_request_search");
    spec.rowidExpression = QStringLiteral("r.rowid");
    spec.countsTable = QStringLiteral("invoice_request_counts");
    spec.countedTable = QStringLiteral("invoice_requests r");
    spec.extraExpressions
        = {QStringLiteral("COALESCE(o.status, '')"), QStringLiteral("COALESCE(r.sync_error, '')")};
    spec.deadlineColumn = TimeLeft;
    spec.defaultSortColumn = TimeLeft;
    spec.defaultDescending = false;
    return spec;
}

std::optional<InvoiceRequestRepository::Detail> InvoiceRequestRepository::detail(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT r.request_no, r.version, r.status, r.invoice_type, r.medium, r.amount_fen, "
            "COALESCE(r.title_kind, ''), r.title, r.taxpayer_id, r.bank, r.bank_account, "
            "r.registered_address, r.registered_phone, r.order_no, r.customer_no, r.contact_phone, "
            "COALESCE(v.name, ''), COALESCE(v.can_issue_special_invoice, TRUE), r.applied_at, r.due_at, "
            "r.action_due_at, r.invoiced_at, COALESCE(r.invoice_no, ''), COALESCE(r.courier, ''), "
            "COALESCE(r.tracking_no, ''), COALESCE(r.email, ''), r.recipient, r.recipient_phone, "
            "r.address, r.postcode, r.cash_on_delivery, r.switched_to_normal, "
            "COALESCE(r.statement_period, ''), COALESCE(r.failure_reason, ''), "
            "COALESCE(r.return_reason, ''), COALESCE(r.return_note, ''), r.return_booked, "
            "COALESCE(r.return_courier, ''), COALESCE(r.return_tracking_no, ''), "
            "COALESCE(r.decline_reason, ''), COALESCE(r.red_letter_no, ''), r.red_letter_deadline_at, "
            "(SELECT a.file_name FROM attachments a WHERE a.owner_kind = 'invoice_request' "
            "AND a.owner_id = r.id ORDER BY a.created_at DESC LIMIT 1), "
            "o.id, o.paid_fen, o.refunded_fen, o.paid_at, o.order_type, o.status "
            "FROM invoice_requests r LEFT JOIN vendors v ON v.id = r.vendor_id "
            "LEFT JOIN orders o ON o.id = r.order_id WHERE r.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    int c = 0;
    const auto next = [&query, &c] { return query.value(c++); };
    Detail d;
    d.id = id;
    d.requestNo = next().toString();
    d.version = next().toInt();
    d.status = enumFromKey<InvoiceStatus>(next().toString()).value_or(InvoiceStatus::Pending);
    d.type = enumFromKey<InvoiceType>(next().toString()).value_or(InvoiceType::VatNormal);
    d.medium = enumFromKey<InvoiceMedium>(next().toString()).value_or(InvoiceMedium::Paper);
    d.amount = Money::fromFen(next().toLongLong());
    d.titleKind = next().toString();
    d.title = next().toString();
    d.taxpayerId = next().toString();
    d.bank = next().toString();
    d.bankAccount = next().toString();
    d.registeredAddress = next().toString();
    d.registeredPhone = next().toString();
    d.orderNo = next().toString();
    d.customerNo = next().toString();
    d.contactPhone = next().toString();
    d.vendorName = next().toString();
    d.vendorCanIssueSpecial = next().toBool();
    d.appliedAt = utcOrNull(next());
    d.dueAt = utcOrNull(next());
    const qint64 actionDue = next().toLongLong();
    d.actionDueAt = actionDue == InvoiceWorkflow::nothingDue ? QDateTime() : utcOrNull(actionDue);
    d.invoicedAt = utcOrNull(next());
    d.invoiceNo = next().toString();
    d.courier = next().toString();
    d.trackingNo = next().toString();
    d.email = next().toString();
    d.recipient = next().toString();
    d.recipientPhone = next().toString();
    d.address = next().toString();
    d.postcode = next().toString();
    d.cashOnDelivery = next().toBool();
    d.switchedToNormal = next().toBool();
    d.statementPeriod = next().toString();
    d.failureReason = next().toString();
    d.returnReason = next().toString();
    d.returnNote = next().toString();
    d.returnBooked = next().toBool();
    d.returnCourier = next().toString();
    d.returnTrackingNo = next().toString();
    d.declineReason = next().toString();
    d.redLetterNo = next().toString();
    d.redLetterDeadline = utcOrNull(next());
    d.invoiceFileName = next().toString();
    d.orderKnown = !next().isNull();
    d.orderPaid = Money::fromFen(next().toLongLong());
    d.orderRefunded = Money::fromFen(next().toLongLong());
    d.orderPaidAt = utcOrNull(next());
    d.orderType = next().toString();
    d.orderStatus = next().toString();
    return d;
}

QList<InvoiceRequestRepository::HistoryEntry> InvoiceRequestRepository::history(const QString& id)
{
    Query query(m_database,
                QStringLiteral("SELECT at, actor, action, COALESCE(before_json, ''), "
                               "COALESCE(after_json, '') FROM audit_log WHERE entity = "
                               "'invoice_request' AND entity_id = :id ORDER BY at, id"));
    query.bind(QStringLiteral(":id"), id).exec();
    QList<HistoryEntry> entries;
    while (query.next()) {
        entries << HistoryEntry {utcOrNull(query.value(0)), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString()};
    }
    return entries;
}

std::pair<QString, QByteArray> InvoiceRequestRepository::invoiceFile(const QString& id)
{
    Query query(m_database,
                QStringLiteral("SELECT file_name, content FROM attachments WHERE owner_kind = "
                               "'invoice_request' AND owner_id = :id ORDER BY created_at DESC "
                               "LIMIT 1"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toByteArray()};
}

QStringList InvoiceRequestRepository::idsAwaitingIssue(const QString& orderNo)
{
    Query query(m_database,
                QStringLiteral("SELECT id FROM invoice_requests WHERE order_no = :order AND status IN "
                               "('pending', 'processing', 'failed') ORDER BY applied_at, id"));
    query.bind(QStringLiteral(":order"), orderNo).exec();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QList<InvoiceRequestRepository::Choice> InvoiceRequestRepository::findBuyers(const QString& text, int limit)
{
    Query query(
        m_database,
        QStringLiteral("SELECT id, customer_no, name FROM buyers WHERE customer_no %1 :pattern ESCAPE "
                       "'\\' OR name %1 :pattern ESCAPE '\\' ORDER BY customer_no LIMIT %2")
            .arg(m_database.dialect().containsOperator())
            .arg(limit));
    query.bind(QStringLiteral(":pattern"), Dialect::containsPattern(text.trimmed())).exec();
    QList<Choice> buyers;
    while (query.next())
        buyers << Choice {query.value(0).toString(),
                          QStringLiteral("%1  %2").arg(query.value(1).toString(), query.value(2).toString())};
    return buyers;
}

QList<InvoiceRequestRepository::Choice> InvoiceRequestRepository::vendorsOfBuyer(const QString& buyerId)
{
    Query query(m_database,
                QStringLiteral("SELECT DISTINCT v.id, v.name FROM orders o JOIN vendors v ON "
                               "v.id = o.vendor_id WHERE o.buyer_id = :buyer ORDER BY v.name"));
    query.bind(QStringLiteral(":buyer"), buyerId).exec();
    QList<Choice> vendors;
    while (query.next())
        vendors << Choice {query.value(0).toString(), query.value(1).toString()};
    return vendors;
}

QList<InvoiceableAmount::OrderBalance> InvoiceRequestRepository::orderBalances(const QString& buyerId,
                                                                               const QString& vendorId)
{
    Query query(m_database,
                balanceSelect()
                    + QStringLiteral("WHERE o.buyer_id = :buyer AND o.vendor_id = :vendor "
                                     "ORDER BY o.paid_at DESC, o.id"));
    query.bind(QStringLiteral(":buyer"), buyerId).bind(QStringLiteral(":vendor"), vendorId).exec();
    QList<InvoiceableAmount::OrderBalance> balances;
    while (query.next()) {
        const InvoiceableAmount::OrderBalance balance = readBalance(query);
        if (balance.invoiceable() > Money())
            balances << balance;
    }
    return balances;
}

QList<InvoiceableAmount::OrderBalance> InvoiceRequestRepository::balancesOf(const QStringList& orderIds)
{
    QList<InvoiceableAmount::OrderBalance> balances;
    for (const QString& orderId : orderIds) {
        Query query(m_database, balanceSelect() + QStringLiteral("WHERE o.id = :id"));
        query.bind(QStringLiteral(":id"), orderId).exec();
        if (query.next())
            balances << readBalance(query);
    }
    return balances;
}

std::optional<InvoiceRequestRepository::BuyerTitle>
InvoiceRequestRepository::validTitle(const QString& buyerId)
{
    Query query(m_database,
                QStringLiteral("SELECT id, kind, title, taxpayer_id, bank, account, "
                               "registered_address, registered_phone, version FROM invoice_titles "
                               "WHERE buyer_id = :buyer AND is_valid"));
    query.bind(QStringLiteral(":buyer"), buyerId).exec();
    if (!query.next())
        return std::nullopt;
    return BuyerTitle {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString(), query.value(8).toInt()};
}

QList<InvoiceRequestRepository::MailingAddress> InvoiceRequestRepository::addresses(const QString& buyerId)
{
    Query query(m_database,
                QStringLiteral("SELECT id, recipient, phone, province, city, address, postcode, "
                               "is_default, version FROM mailing_addresses WHERE buyer_id = :buyer "
                               "ORDER BY is_default DESC, recipient, id"));
    query.bind(QStringLiteral(":buyer"), buyerId).exec();
    QList<MailingAddress> list;
    while (query.next()) {
        list << MailingAddress {
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toBool(),   query.value(8).toInt()};
    }
    return list;
}

QStringList InvoiceRequestRepository::couriers()
{
    Query query(m_database,
                QStringLiteral("SELECT name FROM couriers WHERE is_active ORDER BY sort_order, name"));
    query.exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}
