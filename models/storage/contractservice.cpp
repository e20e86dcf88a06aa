#include "contractservice.h"

#include "commandjournal.h"
#include "contractrepository.h"
#include "contractrules.h"
#include "database.h"
#include "holidayservice.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"
#include "storageerror.h"

#include <QJsonArray>

namespace {

struct Current
{
    QString id;
    int version = 0;
    ContractSubState subState = ContractSubState::FillingIn;
    ContractKind kind = ContractKind::Framework;
    QString contractNo;
    QString frameworkId;
};

std::optional<Current> lockContract(Database& database, const QString& id)
{
    Query query(database,
                QStringLiteral("SELECT version, sub_state, kind, contract_no, COALESCE(framework_id, '') "
                               "FROM contracts WHERE id = :id")
                    + database.dialect().lockRows());
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return Current {
        id,
        query.value(0).toInt(),
        enumFromKey<ContractSubState>(query.value(1).toString()).value_or(ContractSubState::FillingIn),
        enumFromKey<ContractKind>(query.value(2).toString()).value_or(ContractKind::Framework),
        query.value(3).toString(),
        query.value(4).toString()};
}

QJsonObject jsonOf(const RowUpdate::Columns& columns)
{
    QJsonObject json;
    for (const auto& [column, value] : columns) {
        if (column != QStringLiteral("body"))
            json.insert(column, QJsonValue::fromVariant(value));
    }
    return json;
}

RowUpdate::Columns stateColumns(ContractSubState to)
{
    return {{QStringLiteral("state"), enumKey(ContractWorkflow::stateOf(to))},
            {QStringLiteral("sub_state"), enumKey(to)}};
}

/// The wizard's steps from `from` to `to` (both steps of the wizard): back to filling in when
/// the user went back, then forward through the table.
QList<ContractAction> draftPath(ContractSubState from, ContractSubState to)
{
    const auto stepIndex = [](ContractSubState subState) {
        return subState == ContractSubState::FillingIn     ? 0
            : subState == ContractSubState::ConfirmingText ? 1
                                                           : 2;
    };
    QList<ContractAction> path;
    ContractSubState at = from;
    if (stepIndex(to) < stepIndex(at)) {
        path << ContractAction::ReviseDetails;
        at = ContractSubState::FillingIn;
    }
    while (at != to) {
        const ContractAction action
            = at == ContractSubState::FillingIn ? ContractAction::SubmitDetails : ContractAction::ConfirmText;
        path << action;
        at = ContractWorkflow::target(action, at).value_or(to);
    }
    return path;
}

/// The frame of every write to an existing contract: field errors first, then inside the command's
/// transaction the row lock and the version check; `apply` writes and audits.
template<typename Command, typename Apply>
WriteOutcome changeContract(Database& database, const Command& command, const FieldErrors& errors,
                            Apply apply)
{
    if (!errors.isEmpty())
        return WriteOutcome::invalid(errors);
    return CommandJournal::applyOnce(database, command, [&](CommandJournal& journal) {
        const auto current = lockContract(database, command.contractId);
        if (!current)
            return WriteOutcome::failed(ContractService::tr("The contract no longer exists."));
        if (current->version != command.baseVersion)
            return WriteOutcome::conflict(
                ContractService::tr("Contract %1 was changed by someone else. Look at it "
                                    "again.")
                    .arg(current->contractNo));
        return apply(*current, journal);
    });
}

WriteOutcome notAllowed(const Current& current, ContractAction action)
{
    return WriteOutcome::invalid(
        {{QStringLiteral("state"),
          ContractService::tr("Contract %1 (%2) cannot take the step "
                              "\"%3\".")
              .arg(current.contractNo, enumKey(current.subState), enumKey(action))}});
}

} // namespace

ContractService::ContractService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome ContractService::saveDraft(const SaveContractDraft& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    const auto invalid = [](const char* field, const QString& message) {
        return WriteOutcome::invalid({{QLatin1String(field), message}});
    };
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        int newVersion = 1;
        ContractRepository repository(m_database);
        const auto current = lockContract(m_database, command.contractId);
        if (current && current->version != command.baseVersion)
            return WriteOutcome::conflict(
                tr("Contract %1 was changed by someone else. Look at it again.").arg(current->contractNo));
        if (!current && command.baseVersion != 0)
            return WriteOutcome::failed(tr("The contract no longer exists."));
        if (current && !ContractWorkflow::isEditable(current->subState))
            return invalid(
                "state",
                tr("Contract %1 is no longer a draft; its text cannot change.").arg(current->contractNo));
        const QList<ContractAction> path
            = draftPath(current ? current->subState : ContractSubState::FillingIn, command.step);

        const auto buyer = repository.buyer(command.buyerId);
        if (!buyer)
            return invalid("buyer", tr("The buyer account no longer exists."));
        if (const auto imposed = ContractRules::imposedSeal(buyer->individual);
            imposed && command.seal != *imposed)
            return invalid("seal", tr("An individual buyer signs with two-sided e-seals."));

        QString frameworkId;
        QString frameworkNo;
        const auto framework = repository.validFramework(command.buyerId, command.vendorId);
        if (command.kind == ContractKind::Framework) {
            if (framework && framework->id != command.contractId)
                return invalid("kind",
                               tr("This buyer already has framework contract %1 with this vendor; "
                                  "void or terminate it first.")
                                   .arg(framework->contractNo));
        } else if (!framework || ContractWorkflow::stateOf(framework->subState) != ContractState::Effective) {
            return invalid("kind",
                           tr("An order or filing contract stands under an effective framework "
                              "contract with the same buyer and vendor; there is none yet."));
        } else {
            frameworkId = framework->id;
            frameworkNo = framework->contractNo;
        }

        const QList<ContractRepository::CandidateOrder> candidates
            = repository.candidateOrders(command.buyerId, command.vendorId, command.contractId);
        Money total;
        QList<std::pair<QString, Money>> lines;
        for (const QString& orderId : command.orderIds) {
            const auto order
                = std::find_if(candidates.cbegin(), candidates.cend(),
                               [&orderId](const auto& candidate) { return candidate.id == orderId; });
            if (order == candidates.cend())
                return invalid("orders",
                               tr("A picked order is not an order of this buyer with this vendor."));
            if (!order->otherContractNo.isEmpty())
                return invalid("orders",
                               tr("Order %1 is already listed in contract %2.")
                                   .arg(order->orderNo, order->otherContractNo));
            if (!order->amount)
                return invalid("orders",
                               tr("Order %1 is being refunded or was refunded in full; it cannot be "
                                  "listed.")
                                   .arg(order->orderNo));
            if (std::any_of(lines.cbegin(), lines.cend(),
                            [&orderId](const auto& line) { return line.first == orderId; }))
                return invalid("orders", tr("Order %1 is picked twice.").arg(order->orderNo));
            lines.append({orderId, *order->amount});
            total += *order->amount;
        }
        if (total.isNegative())
            return invalid("orders",
                           tr("The refund orders would make the total %1; a contract's total may not "
                              "be negative.")
                               .arg(total.toPlainString()));

        const QString contractNo = current
            ? current->contractNo
            : ContractRules::contractNumber(QUuid::fromString(command.contractId), command.header.at);
        const QString body = command.step == ContractSubState::FillingIn
            ? QString()
            : ContractText::render(repository.document(command, contractNo, frameworkNo, candidates));
        RowUpdate::Columns columns {
            {QStringLiteral("vendor_id"), command.vendorId},
            {QStringLiteral("buyer_id"), command.buyerId},
            {QStringLiteral("kind"), enumKey(command.kind)},
            {QStringLiteral("seal"), enumKey(command.seal)},
            {QStringLiteral("state"), enumKey(ContractState::Draft)},
            {QStringLiteral("sub_state"), enumKey(command.step)},
            {QStringLiteral("framework_id"), frameworkId.isEmpty() ? QVariant() : QVariant(frameworkId)},
            {QStringLiteral("total_fen"), total.fen()},
            {QStringLiteral("party_a_name"), command.partyA.name.trimmed()},
            {QStringLiteral("party_a_address"), command.partyA.address.trimmed()},
            {QStringLiteral("party_a_contact"), command.partyA.contact.trimmed()},
            {QStringLiteral("party_a_phone"), command.partyA.phone.trimmed()},
            {QStringLiteral("party_a_email"), command.partyA.email.trimmed()},
            {QStringLiteral("valid_from"), command.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), command.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("filing_project"), command.filingProject.trimmed()},
            {QStringLiteral("body"), body},
        };
        if (current) {
            if (!RowUpdate::apply(m_database, QStringLiteral("contracts"), current->id, current->version, at,
                                  columns))
                return WriteOutcome::conflict(
                    tr("Contract %1 was changed by someone else. Look at it again.").arg(contractNo));
            newVersion = current->version + 1;
            Query(m_database, QStringLiteral("DELETE FROM contract_orders WHERE contract_id = :id"))
                .bind(QStringLiteral(":id"), current->id)
                .exec();
        } else {
            QStringList names {QStringLiteral("id"), QStringLiteral("contract_no"),
                               QStringLiteral("created_at"), QStringLiteral("created_by"),
                               QStringLiteral("updated_at")};
            QStringList placeholders {QStringLiteral(":id"), QStringLiteral(":no"), QStringLiteral(":at"),
                                      QStringLiteral(":by"), QStringLiteral(":at")};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                names << columns.at(i).first;
                placeholders << QStringLiteral(":c%1").arg(i);
            }
            Query insert(m_database,
                         QStringLiteral("INSERT INTO contracts (%1) VALUES (%2)")
                             .arg(names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
            insert.bind(QStringLiteral(":id"), command.contractId)
                .bind(QStringLiteral(":no"), contractNo)
                .bind(QStringLiteral(":at"), at)
                .bind(QStringLiteral(":by"), command.header.actor);
            for (qsizetype i = 0; i < columns.size(); ++i)
                insert.bind(QStringLiteral(":c%1").arg(i), columns.at(i).second);
            insert.exec();
        }
        for (qsizetype i = 0; i < lines.size(); ++i)
            Query(m_database,
                  QStringLiteral("INSERT INTO contract_orders (contract_id, order_id, position, amount_fen) "
                                 "VALUES (:contract, :order, :position, :amount)"))
                .bind(QStringLiteral(":contract"), command.contractId)
                .bind(QStringLiteral(":order"), lines.at(i).first)
                .bind(QStringLiteral(":position"), int(i + 1))
                .bind(QStringLiteral(":amount"), lines.at(i).second.fen())
                .exec();

        Query update(m_database,
                     QStringLiteral("UPDATE party_a_details SET name = :name, address = :address, "
                                    "contact = :contact, phone = :phone, email = :email, "
                                    "version = version + 1, updated_at = :at WHERE buyer_id = :buyer"));
        const auto bindParty = [&command, at](Query& query) {
            query.bind(QStringLiteral(":name"), command.partyA.name.trimmed())
                .bind(QStringLiteral(":address"), command.partyA.address.trimmed())
                .bind(QStringLiteral(":contact"), command.partyA.contact.trimmed())
                .bind(QStringLiteral(":phone"), command.partyA.phone.trimmed())
                .bind(QStringLiteral(":email"), command.partyA.email.trimmed())
                .bind(QStringLiteral(":at"), at)
                .bind(QStringLiteral(":buyer"), command.buyerId)
                .exec();
        };
        // A half-done draft leaves the saved details as they were.
        const PartyADetails& party = command.partyA;
        const bool partyComplete = !party.name.trimmed().isEmpty() && !party.address.trimmed().isEmpty()
            && !party.contact.trimmed().isEmpty() && !party.phone.trimmed().isEmpty()
            && !party.email.trimmed().isEmpty();
        if (partyComplete)
            bindParty(update);
        if (partyComplete && update.rowsAffected() == 0) {
            Query insert(m_database,
                         QStringLiteral("INSERT INTO party_a_details (buyer_id, name, address, contact, "
                                        "phone, email, updated_at) VALUES (:buyer, :name, :address, "
                                        ":contact, :phone, :email, :at)"));
            bindParty(insert);
        }

        QJsonObject after = jsonOf(columns);
        QJsonArray steps;
        for (ContractAction action : path)
            steps.append(enumKey(action));
        after.insert(QStringLiteral("steps"), steps);
        after.insert(QStringLiteral("order_ids"), QJsonArray::fromStringList(command.orderIds));
        QJsonObject before;
        if (current)
            before.insert(QStringLiteral("sub_state"), enumKey(current->subState));
        journal.audit(SaveContractDraft::name, command.header, QStringLiteral("contract"), command.contractId,
                      current ? QStringLiteral("save_draft") : QStringLiteral("create"), before, after);
        return WriteOutcome::done(newVersion);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("contract"), {command.contractId});
    return outcome;
}

WriteOutcome ContractService::move(const MoveContract& command)
{
    WriteOutcome outcome = changeContract(
        m_database, command, command.validate(), [&](const Current& current, CommandJournal& journal) {
            const auto to = ContractWorkflow::target(command.action, current.subState);
            if (!to)
                return notAllowed(current, command.action);
            const qint64 at = command.header.at.toMSecsSinceEpoch();
            if (command.action == ContractAction::ConfirmSignature
                && ContractRules::listsOrders(current.kind)) {
                Query framework(m_database, QStringLiteral("SELECT state FROM contracts WHERE id = :id"));
                framework.bind(QStringLiteral(":id"), current.frameworkId).exec();
                if (!framework.next() || framework.value(0).toString() != enumKey(ContractState::Effective))
                    return WriteOutcome::invalid(
                        {{QStringLiteral("kind"),
                          tr("The framework contract this contract stands under is no longer "
                             "effective.")}});
            }
            RowUpdate::Columns columns = stateColumns(*to);
            const auto set = [&columns](const char* column, const QVariant& value) {
                columns.append({QLatin1String(column), value});
            };
            switch (command.action) {
            case ContractAction::CustomerSigns:
                set("customer_signed_at", at);
                break;
            case ContractAction::PlatformSigns:
                set("effective_at", at);
                break;
            case ContractAction::CancelSigning:
                set("state_reason", command.reason.trimmed());
                break;
            case ContractAction::Void:
            case ContractAction::Terminate:
                set("state_reason", command.reason.trimmed());
                set("ended_at", at);
                break;
            case ContractAction::FinishCancelling:
                set("ended_at", at);
                break;
            case ContractAction::RecordPaperMailing:
                set("paper_courier", command.courier.trimmed());
                set("paper_tracking_no", command.trackingNo.trimmed());
                set("paper_mailed_at", at);
                break;
            default:
                break;
            }
            if (!RowUpdate::apply(m_database, QStringLiteral("contracts"), current.id, current.version, at,
                                  columns))
                return WriteOutcome::conflict(
                    tr("Contract %1 was changed by someone else. Look at it again.").arg(current.contractNo));
            journal.audit(MoveContract::name, command.header, QStringLiteral("contract"), current.id,
                          enumKey(command.action), {{QStringLiteral("sub_state"), enumKey(current.subState)}},
                          jsonOf(columns));
            return WriteOutcome::done(current.version + 1);
        });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("contract"), {command.contractId});
    return outcome;
}

WriteOutcome ContractService::requestPaperCopy(const RequestPaperCopy& command)
{
    BusinessRules rules;
    try {
        rules = SettingsService(m_database).rules();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    WriteOutcome outcome = changeContract(
        m_database, command, command.validate(), [&](const Current& current, CommandJournal& journal) {
            const auto to = ContractWorkflow::target(ContractAction::RequestPaperCopy, current.subState);
            if (!to)
                return WriteOutcome::invalid(
                    {{QStringLiteral("state"),
                      tr("Paper copies are requested once, for an effective contract; contract "
                         "%1 cannot have them now.")
                          .arg(current.contractNo)}});
            const qint64 at = command.header.at.toMSecsSinceEpoch();
            const QDateTime due = ContractRules::paperCopyDue(
                command.header.at.toUTC(), rules.paperMailWorkingDays, HolidayService(m_database).calendar());
            RowUpdate::Columns columns = stateColumns(*to);
            columns += {{QStringLiteral("paper_copies"), command.copies},
                        {QStringLiteral("paper_recipient"), command.recipient.trimmed()},
                        {QStringLiteral("paper_phone"), command.phone.trimmed()},
                        {QStringLiteral("paper_address"), command.address.trimmed()},
                        {QStringLiteral("paper_postcode"), command.postcode.trimmed()},
                        {QStringLiteral("paper_requested_at"), at},
                        {QStringLiteral("paper_due_at"), due.toMSecsSinceEpoch()}};
            if (!RowUpdate::apply(m_database, QStringLiteral("contracts"), current.id, current.version, at,
                                  columns))
                return WriteOutcome::conflict(
                    tr("Contract %1 was changed by someone else. Look at it again.").arg(current.contractNo));
            journal.audit(RequestPaperCopy::name, command.header, QStringLiteral("contract"), current.id,
                          enumKey(ContractAction::RequestPaperCopy),
                          {{QStringLiteral("sub_state"), enumKey(current.subState)}}, jsonOf(columns));
            return WriteOutcome::done(current.version + 1);
        });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("contract"), {command.contractId});
    return outcome;
}

WriteOutcome ContractService::remove(const DeleteContract& command)
{
    WriteOutcome outcome
        = changeContract(m_database, command, {}, [&](const Current& current, CommandJournal& journal) {
              if (!ContractWorkflow::canDelete(current.subState))
                  return WriteOutcome::invalid(
                      {{QStringLiteral("state"),
                        tr("Only a voided contract can be deleted; void contract %1 first.")
                            .arg(current.contractNo)}});
              Query dependants(m_database,
                               QStringLiteral("SELECT contract_no FROM contracts WHERE framework_id = :id "
                                              "ORDER BY contract_no"));
              dependants.bind(QStringLiteral(":id"), current.id).exec();
              QStringList numbers;
              while (dependants.next())
                  numbers << dependants.value(0).toString();
              if (!numbers.isEmpty())
                  return WriteOutcome::invalid(
                      {{QStringLiteral("state"),
                        tr("Contracts %1 stand under framework contract %2; it is kept.")
                            .arg(numbers.join(QStringLiteral(", ")), current.contractNo)}});
              Query orders(m_database,
                           QStringLiteral("SELECT order_id FROM contract_orders WHERE contract_id = :id "
                                          "ORDER BY position"));
              orders.bind(QStringLiteral(":id"), current.id).exec();
              QJsonArray released;
              while (orders.next())
                  released.append(orders.value(0).toString());
              Query(m_database, QStringLiteral("DELETE FROM contracts WHERE id = :id"))
                  .bind(QStringLiteral(":id"), current.id)
                  .exec();
              journal.audit(DeleteContract::name, command.header, QStringLiteral("contract"), current.id,
                            QStringLiteral("delete"),
                            {{QStringLiteral("contract_no"), current.contractNo},
                             {QStringLiteral("kind"), enumKey(current.kind)},
                             {QStringLiteral("released_order_ids"), released}},
                            {});
              return WriteOutcome::done();
          });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("contract"), {command.contractId});
    return outcome;
}
