#include "invoiceservice.h"

#include "attachmentstore.h"
#include "commandjournal.h"
#include "database.h"
#include "fieldvalidators.h"
#include "holidayservice.h"
#include "invoicedeadline.h"
#include "invoicerequestnumber.h"
#include "invoicerequestrepository.h"
#include "marketplaceservice.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"

#include <QUuid>

namespace {

const QString entity = QStringLiteral("invoice_request");

/// The row as a move needs it.
struct Current
{
    InvoiceStatus status = InvoiceStatus::Pending;
    InvoiceMedium medium = InvoiceMedium::Paper;
    InvoiceType type = InvoiceType::VatNormal;
    int version = 0;
    QString requestNo;
    QString titleKind;
    qint64 dueAt = 0;
    qint64 actionDueAt = 0;
    bool returnBooked = false;
    QString redLetterNo;
    bool orderKnown = false;
    QString orderStatus;
    qint64 orderRefundedFen = 0;
    QString marketplaceId; ///< empty for a request that was never on the marketplace
    int marketplaceType = 0;
};

std::optional<Current> readCurrent(Database& database, const QString& id)
{
    Query query(database,
                QStringLiteral("SELECT r.status, r.medium, r.invoice_type, r.version, r.request_no, "
                               "COALESCE(r.title_kind, ''), r.due_at, r.action_due_at, r.return_booked, "
                               "COALESCE(r.red_letter_no, ''), o.id, o.status, o.refunded_fen, "
                               "COALESCE(r.marketplace_id, ''), COALESCE(r.marketplace_type, 0) "
                               "FROM invoice_requests r LEFT JOIN orders o ON o.id = r.order_id "
                               "WHERE r.id = :id")
                    + database.dialect().lockRows(QStringLiteral("r")));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    Current current;
    current.status = enumFromKey<InvoiceStatus>(query.value(0).toString()).value_or(InvoiceStatus::Pending);
    current.medium = enumFromKey<InvoiceMedium>(query.value(1).toString()).value_or(InvoiceMedium::Paper);
    current.type = enumFromKey<InvoiceType>(query.value(2).toString()).value_or(InvoiceType::VatNormal);
    current.version = query.value(3).toInt();
    current.requestNo = query.value(4).toString();
    current.titleKind = query.value(5).toString();
    current.dueAt = query.value(6).toLongLong();
    current.actionDueAt = query.value(7).toLongLong();
    current.returnBooked = query.value(8).toBool();
    current.redLetterNo = query.value(9).toString();
    current.orderKnown = !query.value(10).isNull();
    current.orderStatus = query.value(11).toString();
    current.orderRefundedFen = query.value(12).toLongLong();
    current.marketplaceId = query.value(13).toString();
    current.marketplaceType = query.value(14).toInt();
    return current;
}

bool orderRefunded(const Current& current)
{
    return current.orderKnown
        && (current.orderStatus == QStringLiteral("refunded")
            || current.orderStatus == QStringLiteral("refunding"));
}

WriteOutcome invalid(const char* field, const QString& message)
{
    return WriteOutcome::invalid({{QLatin1String(field), message}});
}

QJsonObject jsonOf(const QList<std::pair<QString, QVariant>>& columns)
{
    QJsonObject json;
    for (const auto& [column, value] : columns) {
        if (column == QStringLiteral("action_due_at") || column == QStringLiteral("updated_at"))
            continue;
        json.insert(column, QJsonValue::fromVariant(value));
    }
    return json;
}

/// Moment a return decision is due: N working days after `at` (invoice.return_working_days).
qint64 returnDueAt(Database& database, qint64 at)
{
    const int days = SettingsService(database).rules().returnWorkingDays;
    const WorkingCalendar calendar = HolidayService(database).calendar();
    return InvoiceDeadline::after(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), {days, true}, calendar)
        .toMSecsSinceEpoch();
}

} // namespace

InvoiceService::InvoiceService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

Money InvoiceService::cashOnDeliveryLimit()
{
    return SettingsService::rulesOrSpec(m_database).cashOnDeliveryLimit;
}

WriteOutcome InvoiceService::create(const CreateInvoiceRequest& command)
{
    FieldErrors errors;
    if (command.buyerId.isEmpty())
        errors.append({QStringLiteral("buyer"), tr("Choose the buyer.")});
    if (command.vendorId.isEmpty())
        errors.append({QStringLiteral("vendor"), tr("Choose the vendor.")});
    if (command.orderIds.isEmpty())
        errors.append({QStringLiteral("orders"), tr("Choose at least one order.")});
    if (command.medium == InvoiceMedium::Paper && command.addressId.isEmpty())
        errors.append({QStringLiteral("address"), tr("Choose the mailing address of the paper invoice.")});
    if (command.medium != InvoiceMedium::Paper) {
        if (auto error = FieldValidators::email(command.email))
            errors.append({QStringLiteral("email"), *error});
    }
    if (QUuid::fromString(command.requestId).isNull())
        errors.append({QStringLiteral("request"), tr("The request has no identifier.")});
    if (!errors.isEmpty())
        return WriteOutcome::invalid(errors);
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        InvoiceRequestRepository repository(m_database);
        const auto title = repository.validTitle(command.buyerId);
        if (!title)
            return invalid("title", tr("The buyer has no valid invoice title. Enter the title first."));
        if (command.type == InvoiceType::VatSpecial && title->kind != QStringLiteral("enterprise"))
            return invalid("type",
                           tr("A VAT special invoice needs an enterprise title; the buyer's title is "
                              "not one."));
        const Money codLimit = SettingsService(m_database).rules().cashOnDeliveryLimit;
        if (command.cashOnDelivery && command.amount > codLimit)
            return invalid(
                "cash_on_delivery",
                tr("Only invoices up to %1 may ship cash on delivery.").arg(codLimit.format(QLocale())));

        QStringList placeholders;
        for (qsizetype i = 0; i < command.orderIds.size(); ++i)
            placeholders << QStringLiteral(":o%1").arg(i);
        Query owners(m_database,
                     QStringLiteral("SELECT id, buyer_id, vendor_id, order_no, customer_no, contact_phone "
                                    "FROM orders WHERE id IN (%1)%2")
                         .arg(placeholders.join(QStringLiteral(", ")), m_database.dialect().lockRows()));
        for (qsizetype i = 0; i < command.orderIds.size(); ++i)
            owners.bind(QStringLiteral(":o%1").arg(i), command.orderIds.at(i));
        owners.exec();
        QHash<QString, QStringList> orderFacts;
        while (owners.next()) {
            if (owners.value(1).toString() != command.buyerId
                || owners.value(2).toString() != command.vendorId)
                return invalid(
                    "orders",
                    tr("Order %1 belongs to another buyer or vendor.").arg(owners.value(3).toString()));
            orderFacts.insert(
                owners.value(0).toString(),
                {owners.value(3).toString(), owners.value(4).toString(), owners.value(5).toString()});
        }
        if (orderFacts.size() != QSet<QString>(command.orderIds.cbegin(), command.orderIds.cend()).size())
            return invalid("orders", tr("One of the orders no longer exists."));

        const QList<InvoiceableAmount::OrderBalance> balances = repository.balancesOf(command.orderIds);
        const InvoiceableAmount::Allocation allocation
            = InvoiceableAmount::allocate(balances, command.amount);
        if (!allocation.error.isEmpty())
            return invalid("amount", allocation.error);
        QStringList periods;
        for (const auto& balance : balances) {
            if (balance.isStatement())
                periods << balance.statementPeriod;
        }

        InvoiceRequestRepository::MailingAddress address;
        if (command.medium == InvoiceMedium::Paper) {
            const auto addresses = repository.addresses(command.buyerId);
            const auto found = std::find_if(addresses.cbegin(), addresses.cend(),
                                            [&command](const auto& a) { return a.id == command.addressId; });
            if (found == addresses.cend())
                return invalid("address", tr("The mailing address no longer exists."));
            address = *found;
        }

        const qint64 at = command.header.at.toMSecsSinceEpoch();
        const qint64 dueAt
            = InvoiceDeadline::after(command.header.at, SettingsService(m_database).invoiceIssueRule(),
                                     HolidayService(m_database).calendar())
                  .toMSecsSinceEpoch();
        const QStringList& first = orderFacts.value(allocation.parts.first().orderId);
        const QString requestNo = InvoiceRequestNumber::make(command.header.at, command.requestId);
        const QList<std::pair<QString, QVariant>> columns {
            {QStringLiteral("id"), command.requestId},
            {QStringLiteral("request_no"), requestNo},
            {QStringLiteral("order_id"), allocation.parts.first().orderId},
            {QStringLiteral("order_no"), first.value(0)},
            {QStringLiteral("customer_no"), first.value(1)},
            {QStringLiteral("contact_phone"), first.value(2)},
            {QStringLiteral("buyer_id"), command.buyerId},
            {QStringLiteral("vendor_id"), command.vendorId},
            {QStringLiteral("title_id"), title->id},
            {QStringLiteral("title_kind"), title->kind},
            {QStringLiteral("title"), title->title},
            {QStringLiteral("taxpayer_id"), title->taxpayerId},
            {QStringLiteral("bank"), title->bank},
            {QStringLiteral("bank_account"), title->account},
            {QStringLiteral("registered_address"), title->registeredAddress},
            {QStringLiteral("registered_phone"), title->registeredPhone},
            {QStringLiteral("invoice_type"), enumKey(command.type)},
            {QStringLiteral("medium"), enumKey(command.medium)},
            {QStringLiteral("amount_fen"), command.amount.fen()},
            {QStringLiteral("status"), enumKey(InvoiceStatus::Pending)},
            {QStringLiteral("applied_at"), at},
            {QStringLiteral("due_at"), dueAt},
            {QStringLiteral("action_due_at"), dueAt},
            {QStringLiteral("email"),
             command.medium == InvoiceMedium::Paper ? QVariant() : command.email.trimmed()},
            {QStringLiteral("recipient"), address.recipient},
            {QStringLiteral("recipient_phone"), address.phone},
            {QStringLiteral("address"),
             address.id.isEmpty() ? QString() : address.province + address.city + address.address},
            {QStringLiteral("postcode"), address.postcode},
            {QStringLiteral("cash_on_delivery"), command.cashOnDelivery},
            {QStringLiteral("statement_period"),
             periods.isEmpty() ? QVariant() : QVariant(periods.join(QStringLiteral(",")))},
            {QStringLiteral("created_at"), at},
            {QStringLiteral("updated_at"), at},
        };
        RowUpdate::insert(m_database, QStringLiteral("invoice_requests"), columns);
        for (const InvoiceableAmount::Part& part : allocation.parts) {
            Query(m_database,
                  QStringLiteral("INSERT INTO invoice_request_orders (invoice_request_id, order_id, "
                                 "amount_fen) VALUES (:request, :order, :amount)"))
                .bind(QStringLiteral(":request"), command.requestId)
                .bind(QStringLiteral(":order"), part.orderId)
                .bind(QStringLiteral(":amount"), part.amount.fen())
                .exec();
        }
        journal.audit(CreateInvoiceRequest::name, command.header, entity, command.requestId,
                      QStringLiteral("create"), {}, jsonOf(columns));
        return WriteOutcome::done(1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(entity, {command.requestId});
    return outcome;
}

WriteOutcome InvoiceService::move(const MoveInvoiceRequest& command)
{
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        return applyMove(command, MoveInvoiceRequest::name, journal);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(entity, {command.requestId});
    return outcome;
}

WriteOutcome InvoiceService::issueBatch(const IssueInvoiceBatch& command)
{
    if (command.items.isEmpty())
        return invalid("items", tr("Choose the requests to issue."));
    QStringList ids;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        for (const IssueInvoiceBatch::Item& item : command.items) {
            MoveInvoiceRequest move;
            move.header = command.header;
            move.requestId = item.requestId;
            move.baseVersion = item.baseVersion;
            move.action = InvoiceAction::Issue;
            move.invoiceNo = item.invoiceNo;
            move.courier = item.courier;
            move.trackingNo = item.trackingNo;
            move.email = item.email;
            move.fileName = item.fileName;
            move.fileContent = item.fileContent;
            const WriteOutcome outcome = applyMove(move, IssueInvoiceBatch::name, journal);
            if (outcome.kind == WriteOutcome::Kind::Done) {
                ids << item.requestId;
                continue;
            }
            const auto current = readCurrent(m_database, item.requestId);
            const QString label = current ? current->requestNo : item.requestId;
            WriteOutcome labelled = outcome;
            labelled.message = tr("Request %1: %2").arg(label, outcome.message);
            for (FieldError& error : labelled.fieldErrors)
                error.message = tr("Request %1: %2").arg(label, error.message);
            return labelled;
        }
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(entity, ids);
    return outcome;
}

WriteOutcome InvoiceService::switchToNormal(const SwitchInvoiceToNormal& command)
{
    if (auto error = FieldValidators::requiredText(command.buyerConsent, 200))
        return invalid("buyer_consent", *error);
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        const auto current = readCurrent(m_database, command.requestId);
        if (!current)
            return WriteOutcome::failed(tr("The request no longer exists."));
        if (current->version != command.baseVersion)
            return WriteOutcome::conflict(tr("The request was changed by someone else. Look at it again."));
        if (current->type != InvoiceType::VatSpecial || !InvoiceWorkflow::awaitsIssue(current->status))
            return invalid("type", tr("Only a VAT special request that is not issued yet can be switched."));
        const QList<std::pair<QString, QVariant>> columns {
            {QStringLiteral("invoice_type"), enumKey(InvoiceType::VatNormal)},
            {QStringLiteral("switched_to_normal"), true},
        };
        if (!RowUpdate::apply(m_database, QStringLiteral("invoice_requests"), command.requestId,
                              command.baseVersion, command.header.at.toMSecsSinceEpoch(), columns))
            return WriteOutcome::conflict(tr("The request was changed by someone else. Look at it again."));
        QJsonObject after = jsonOf(columns);
        after.insert(QStringLiteral("buyer_consent"), command.buyerConsent.trimmed());
        journal.audit(SwitchInvoiceToNormal::name, command.header, entity, command.requestId,
                      QStringLiteral("switch_to_normal"),
                      {{QStringLiteral("invoice_type"), enumKey(current->type)}}, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(entity, {command.requestId});
    return outcome;
}

WriteOutcome InvoiceService::applyMove(const MoveInvoiceRequest& command, const char* commandName,
                                       CommandJournal& journal)
{
    const auto current = readCurrent(m_database, command.requestId);
    if (!current)
        return WriteOutcome::failed(tr("The request no longer exists."));
    if (current->version != command.baseVersion)
        return WriteOutcome::conflict(
            tr("Request %1 was changed by someone else (now: %2). Look at it again.")
                .arg(current->requestNo, enumKey(current->status)));
    const auto to
        = InvoiceWorkflow::targetOfStep(command.action, command.actor, current->status, current->medium);
    if (!to)
        return invalid("status",
                       tr("A request that is %1 cannot take the step \"%2\" by the %3.")
                           .arg(enumKey(current->status), enumKey(command.action), enumKey(command.actor)));
    if (const FieldErrors errors = command.validate(current->medium, current->status); !errors.isEmpty())
        return WriteOutcome::invalid(errors);

    const qint64 at = command.header.at.toMSecsSinceEpoch();
    QList<std::pair<QString, QVariant>> columns {{QStringLiteral("status"), enumKey(*to)}};
    const auto set = [&columns](const char* column, const QVariant& value) {
        columns.append({QLatin1String(column), value});
    };
    switch (command.action) {
    case InvoiceAction::Issue: {
        if (orderRefunded(*current))
            return invalid("status",
                           tr("The order was refunded: mark the request refunded instead of issuing it."));
        if (current->type == InvoiceType::VatSpecial && current->titleKind != QStringLiteral("enterprise"))
            return invalid("type",
                           tr("A VAT special invoice needs an enterprise title. Switch the request to a "
                              "normal invoice with the buyer's consent, or correct the title."));
        Query used(
            m_database,
            QStringLiteral("SELECT request_no FROM invoice_requests WHERE COALESCE(invoice_no, '') = :number "
                           "AND id <> :id AND status NOT IN ('cancelled', 'refunded', 'voided')"));
        used.bind(QStringLiteral(":number"), command.invoiceNo.trimmed())
            .bind(QStringLiteral(":id"), command.requestId);
        used.exec();
        if (used.next())
            return invalid("invoice_no",
                           tr("Invoice number %1 is already on request %2.")
                               .arg(command.invoiceNo.trimmed(), used.value(0).toString()));
        set("invoice_no", command.invoiceNo.trimmed());
        set("invoiced_at", at);
        set("failure_reason", QVariant());
        if (current->medium == InvoiceMedium::Paper) {
            set("courier", command.courier.trimmed());
            set("tracking_no", command.trackingNo.trimmed().toUpper());
        } else {
            set("email", command.email.trimmed());
        }
        break;
    }
    case InvoiceAction::MarkRefunded:
        if (command.actor == InvoiceActor::Clerk && current->orderKnown && !orderRefunded(*current)
            && current->orderRefundedFen == 0)
            return invalid("status", tr("The order has not been refunded."));
        break;
    case InvoiceAction::MarkFailed:
        set("failure_reason", command.reason.trimmed());
        break;
    case InvoiceAction::RequestReturn:
        set("return_reason", command.returnReason);
        set("return_note", command.note.trimmed());
        set("return_booked", command.booked);
        set("red_letter_no",
            command.redLetterNo.trimmed().isEmpty() ? QVariant() : command.redLetterNo.trimmed());
        set("return_courier",
            command.returnCourier.trimmed().isEmpty() ? QVariant() : command.returnCourier.trimmed());
        set("return_tracking_no",
            command.returnTrackingNo.trimmed().isEmpty() ? QVariant()
                                                         : command.returnTrackingNo.trimmed().toUpper());
        set("return_requested_at", at);
        set("decline_reason", QVariant());
        break;
    case InvoiceAction::RequireRedLetter:
        if (!current->returnBooked)
            return invalid("status",
                           tr("Only an invoice the buyer has deducted or booked needs a red-letter "
                              "confirmation form."));
        if (current->medium == InvoiceMedium::Digital) {
            const int hours = SettingsService(m_database).rules().redLetterHours;
            set("red_letter_deadline_at", at + qint64(hours) * 3600 * 1000);
        }
        break;
    case InvoiceAction::AcceptReturn:
        if (current->returnBooked && current->redLetterNo.isEmpty()
            && command.redLetterNo.trimmed().isEmpty())
            return invalid("red_letter_no",
                           tr("The buyer had deducted or booked this invoice: enter the red-letter "
                              "confirmation number."));
        if (!command.redLetterNo.trimmed().isEmpty())
            set("red_letter_no", command.redLetterNo.trimmed());
        break;
    case InvoiceAction::DeclineReturn:
        set("decline_reason", command.reason.trimmed());
        break;
    case InvoiceAction::LapseRedLetter:
        // The lapsed form's number is void with it.
        set("red_letter_deadline_at", QVariant());
        set("red_letter_no", QVariant());
        break;
    default:
        break;
    }

    qint64 actionDue = InvoiceWorkflow::nothingDue;
    if (InvoiceWorkflow::awaitsIssue(*to))
        actionDue = current->dueAt;
    else if (*to == InvoiceStatus::ReturnPending && command.action != InvoiceAction::LapseRedLetter)
        actionDue = returnDueAt(m_database, at);
    // A lapsed red-letter form does not restart the return's deadline.
    else if (*to == InvoiceStatus::ReturnPending || *to == InvoiceStatus::AwaitingRedLetter
             || *to == InvoiceStatus::Returning)
        actionDue = current->actionDueAt;
    set("action_due_at", actionDue);

    QJsonObject before {{QStringLiteral("status"), enumKey(current->status)}};
    if (!RowUpdate::apply(m_database, QStringLiteral("invoice_requests"), command.requestId,
                          command.baseVersion, at, columns))
        return WriteOutcome::conflict(
            tr("Request %1 was changed by someone else. Look at it again.").arg(current->requestNo));
    if (command.action == InvoiceAction::Issue && !command.fileContent.isEmpty())
        AttachmentStore(m_database)
            .add(command.header, command.requestId, QStringLiteral("invoice_request"), command.requestId,
                 command.fileName, command.fileContent);
    if (!current->marketplaceId.isEmpty()
        && (command.action == InvoiceAction::Issue || command.action == InvoiceAction::MarkFailed)) {
        MarketplaceService::Push push;
        push.outboxId
            = QUuid::createUuidV5(command.header.id.uuid(), command.requestId + QStringLiteral("/push"))
                  .toString(QUuid::WithoutBraces);
        push.requestId = command.requestId;
        push.marketplaceId = current->marketplaceId;
        push.marketplaceType = current->marketplaceType;
        push.reject = command.action == InvoiceAction::MarkFailed;
        push.invoiceNo = push.reject ? QString() : command.invoiceNo.trimmed();
        push.checkNotice = push.reject ? command.reason.trimmed()
            : current->medium == InvoiceMedium::Paper
            ? QStringLiteral("%1 %2").arg(command.courier.trimmed(), command.trackingNo.trimmed().toUpper())
            : command.email.trimmed();
        MarketplaceService::queuePush(m_database, push, command.header.at);
    }
    QJsonObject after = jsonOf(columns);
    if (!command.fileName.isEmpty())
        after.insert(QStringLiteral("file"), command.fileName);
    if (command.actor != InvoiceActor::Clerk)
        after.insert(QStringLiteral("on_behalf_of"), enumKey(command.actor));
    journal.audit(commandName, command.header, entity, command.requestId, enumKey(command.action), before,
                  after);
    return WriteOutcome::done(command.baseVersion + 1);
}
