#include "workflowsteps.h"

#include "applicationservice.h"
#include "applicationworkflow.h"
#include "clock.h"
#include "contractservice.h"
#include "contractworkflow.h"
#include "decideapplication.h"
#include "deciderefund.h"
#include "deliveryservice.h"
#include "deliveryworkflow.h"
#include "domaintext.h"
#include "invoiceservice.h"
#include "invoiceworkflow.h"
#include "movecontract.h"
#include "movedelivery.h"
#include "moveinvoicerequest.h"
#include "movevendor.h"
#include "refundservice.h"
#include "requestpapercopy.h"
#include "vendorservice.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

QString yesOrNo(bool value)
{
    return value ? WorkflowSteps::tr("Yes") : WorkflowSteps::tr("No");
}

QString deliveryState(DeliveryState state, std::optional<DeliveryState> paused)
{
    return paused ? WorkflowSteps::tr("%1 (paused at %2 by a refund request)")
                        .arg(DomainText::name(state), DomainText::name(*paused))
                  : DomainText::name(state);
}

/// Sets the field `key` to what the user entered, unless nothing was.
void setIfGiven(QHash<QString, QString>& changes, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        changes.insert(QLatin1String(key), value.trimmed());
}

/// "recipient phone, address postcode", leaving out what is not there.
QString addressee(const QString& recipient, const QString& phone, const QString& address,
                  const QString& postcode)
{
    const auto joined = [](const QString& first, const QString& second, const QString& separator) {
        return QStringList {first.trimmed(), second.trimmed()}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(separator);
    };
    return joined(joined(recipient, phone, QStringLiteral(" ")),
                  joined(address, postcode, QStringLiteral(" ")), QStringLiteral(", "));
}

/// Where a refund request pauses the delivery after `action`.
std::optional<DeliveryState> pausedAfter(DeliveryAction action, const DeliveryRepository::Detail& delivery)
{
    switch (action) {
    case DeliveryAction::RequestRefund:
        return delivery.state;
    case DeliveryAction::ApproveRefund:
    case DeliveryAction::DeclineRefund:
        return std::nullopt;
    default:
        return delivery.pausedState;
    }
}

} // namespace

template<typename Step, typename Record, typename Read, typename Write>
StepSaver::Result WorkflowSteps::saveStep(QList<std::pair<QString, QString>> fields, Step& step,
                                          const Record& opened, Read read, Write write, const Clock& clock,
                                          QWidget* parent)
{
    const auto snapshot = [&step](const Record& record) {
        return StepSaver::Snapshot {record.version, valuesOf(record), changesOf(step, record)};
    };
    const StepSaver saver(std::move(fields), [snapshot, read]() -> std::optional<StepSaver::Snapshot> {
        if (const std::optional<Record> record = read())
            return snapshot(*record);
        return std::nullopt;
    });
    return saver.save(
        snapshot(opened),
        [&](int baseVersion) {
            step.header.at = clock.nowUtc();
            step.baseVersion = baseVersion;
            return write(step);
        },
        parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::invoiceRequestFields()
{
    return {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("type"), tr("Invoice type")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("taxpayer_id"), tr("Taxpayer ID")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("recipient"), tr("Recipient")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("invoice_no"), tr("Invoice number")},
        {QStringLiteral("courier"), tr("Courier")},
        {QStringLiteral("tracking_no"), tr("Tracking number")},
        {QStringLiteral("failure_reason"), tr("Why issuing failed")},
        {QStringLiteral("return_reason"), tr("Return reason")},
        {QStringLiteral("decline_reason"), tr("Why the return was declined")},
        {QStringLiteral("red_letter_no"), tr("Red-letter confirmation number")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const InvoiceRequestRepository::Detail& request)
{
    return {
        {QStringLiteral("status"), DomainText::name(request.status)},
        {QStringLiteral("amount"), request.amount.format(QLocale())},
        {QStringLiteral("type"),
         DomainText::name(request.type) + QStringLiteral(" · ") + DomainText::name(request.medium)},
        {QStringLiteral("title"), request.title},
        {QStringLiteral("taxpayer_id"), request.taxpayerId},
        {QStringLiteral("email"), request.email},
        {QStringLiteral("recipient"), request.recipient + QLatin1Char(' ') + request.recipientPhone},
        {QStringLiteral("address"), request.address + QLatin1Char(' ') + request.postcode},
        {QStringLiteral("invoice_no"), request.invoiceNo},
        {QStringLiteral("courier"), request.courier},
        {QStringLiteral("tracking_no"), request.trackingNo},
        {QStringLiteral("failure_reason"), request.failureReason},
        {QStringLiteral("return_reason"), DomainText::nameOfKey<ReturnReason>(request.returnReason)},
        {QStringLiteral("decline_reason"), request.declineReason},
        {QStringLiteral("red_letter_no"), request.redLetterNo},
    };
}

std::optional<QHash<QString, QString>>
WorkflowSteps::changesOf(const MoveInvoiceRequest& step, const InvoiceRequestRepository::Detail& request)
{
    const auto to = InvoiceWorkflow::targetOfStep(step.action, step.actor, request.status, request.medium);
    if (!to)
        return std::nullopt;
    QHash<QString, QString> changes {{QStringLiteral("status"), DomainText::name(*to)}};
    const auto set = [&changes](const char* key, const QString& value) { setIfGiven(changes, key, value); };
    set("invoice_no", step.invoiceNo);
    set("courier", step.courier);
    set("tracking_no", step.trackingNo);
    set("email", step.email);
    set("red_letter_no", step.redLetterNo);
    if (!step.returnReason.isEmpty())
        set("return_reason", DomainText::nameOfKey<ReturnReason>(step.returnReason));
    set(step.action == InvoiceAction::DeclineReturn ? "decline_reason" : "failure_reason", step.reason);
    return changes;
}

StepSaver::Result WorkflowSteps::save(MoveInvoiceRequest& step,
                                      const InvoiceRequestRepository::Detail& opened,
                                      InvoiceRequestRepository& repository, InvoiceService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        invoiceRequestFields(), step, opened, [&] { return repository.detail(opened.id); },
        [&service](const MoveInvoiceRequest& saved) { return service.move(saved); }, clock, parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::deliveryFields()
{
    return {
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("requirement"), tr("Requirement")},
        {QStringLiteral("vendor_confirmed"), tr("Requirement confirmed by the vendor")},
        {QStringLiteral("intervention"), tr("Marketplace intervention requested")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const DeliveryRepository::Detail& delivery)
{
    return {
        {QStringLiteral("state"), deliveryState(delivery.state, delivery.pausedState)},
        {QStringLiteral("requirement"), delivery.requirement},
        {QStringLiteral("vendor_confirmed"), yesOrNo(delivery.vendorConfirmed)},
        {QStringLiteral("intervention"), yesOrNo(delivery.interventionRequested)},
    };
}

std::optional<QHash<QString, QString>> WorkflowSteps::changesOf(const MoveDelivery& step,
                                                                const DeliveryRepository::Detail& delivery)
{
    const auto to = DeliveryWorkflow::target(step.action, step.actor, delivery.state, delivery.pausedState);
    if (!to)
        return std::nullopt;
    QHash<QString, QString> changes {
        {QStringLiteral("state"), deliveryState(*to, pausedAfter(step.action, delivery))}};
    switch (step.action) {
    case DeliveryAction::SubmitRequirement:
    case DeliveryAction::EditRequirement:
        changes.insert(QStringLiteral("requirement"), step.text.trimmed());
        break;
    case DeliveryAction::ConfirmRequirement:
        changes.insert(QStringLiteral("vendor_confirmed"), yesOrNo(true));
        break;
    case DeliveryAction::RequestIntervention:
        changes.insert(QStringLiteral("intervention"), yesOrNo(true));
        break;
    case DeliveryAction::Accept:
    case DeliveryAction::CloseIntervention:
        changes.insert(QStringLiteral("intervention"), yesOrNo(false));
        break;
    default:
        break;
    }
    return changes;
}

StepSaver::Result WorkflowSteps::save(MoveDelivery& step, const DeliveryRepository::Detail& opened,
                                      DeliveryRepository& repository, DeliveryService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        deliveryFields(), step, opened, [&] { return repository.detail(opened.id); },
        [&service](const MoveDelivery& saved) { return service.move(saved); }, clock, parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::refundFields()
{
    return {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("decided_by"), tr("Decided by")},
        {QStringLiteral("decline_reason"), tr("Why the refund was declined")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const OrderRepository::Refund& refund)
{
    return {
        {QStringLiteral("status"), DomainText::nameOfKey<RefundStatus>(refund.status)},
        {QStringLiteral("amount"), refund.amount.format(QLocale())},
        {QStringLiteral("reason"), DomainText::nameOfKey<RefundReason>(refund.reason)},
        {QStringLiteral("decided_by"), refund.decidedBy},
        {QStringLiteral("decline_reason"), refund.declineReason},
    };
}

std::optional<QHash<QString, QString>> WorkflowSteps::changesOf(const DecideRefund& decision,
                                                                const OrderRepository::Refund& refund)
{
    if (refund.status != enumKey(RefundStatus::Requested))
        return std::nullopt;
    QHash<QString, QString> changes {
        {QStringLiteral("status"),
         DomainText::name(decision.approve ? RefundStatus::Approved : RefundStatus::Declined)},
        {QStringLiteral("decided_by"), decision.header.actor},
    };
    if (!decision.approve)
        changes.insert(QStringLiteral("decline_reason"), decision.declineReason.trimmed());
    return changes;
}

StepSaver::Result WorkflowSteps::save(DecideRefund& decision, const QString& orderId,
                                      const OrderRepository::Refund& opened, OrderRepository& repository,
                                      RefundService& service, const Clock& clock, QWidget* parent)
{
    const auto read = [&]() -> std::optional<OrderRepository::Refund> {
        for (const OrderRepository::Refund& refund : repository.refunds(orderId)) {
            if (refund.id == opened.id)
                return refund;
        }
        return std::nullopt;
    };
    return saveStep(
        refundFields(), decision, opened, read,
        [&service](const DecideRefund& saved) { return service.decide(saved); }, clock, parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::contractFields()
{
    return {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("total"), tr("Amount")},
        {QStringLiteral("validity"), tr("Valid")},
        {QStringLiteral("party_a"), tr("Party A")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("paper_copies"), tr("Paper copies")},
        {QStringLiteral("paper_to"), tr("Paper copies to")},
        {QStringLiteral("courier"), tr("Courier")},
        {QStringLiteral("tracking_no"), tr("Tracking number")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const ContractRepository::Detail& contract)
{
    return {
        {QStringLiteral("status"), DomainText::name(contract.subState)},
        {QStringLiteral("total"), contract.total.format(QLocale())},
        {QStringLiteral("validity"),
         contract.validFrom.toString(Qt::ISODate) + QStringLiteral(" – ")
             + contract.validUntil.toString(Qt::ISODate)},
        {QStringLiteral("party_a"), contract.partyA.name},
        {QStringLiteral("reason"), contract.stateReason},
        {QStringLiteral("paper_copies"), QLocale().toString(contract.paperCopies)},
        {QStringLiteral("paper_to"),
         addressee(contract.paperRecipient, contract.paperPhone, contract.paperAddress,
                   contract.paperPostcode)},
        {QStringLiteral("courier"), contract.paperCourier},
        {QStringLiteral("tracking_no"), contract.paperTrackingNo},
    };
}

std::optional<QHash<QString, QString>> WorkflowSteps::changesOf(const MoveContract& step,
                                                                const ContractRepository::Detail& contract)
{
    const auto to = ContractWorkflow::target(step.action, contract.subState);
    if (!to)
        return std::nullopt;
    QHash<QString, QString> changes {{QStringLiteral("status"), DomainText::name(*to)}};
    const auto set = [&changes](const char* key, const QString& value) { setIfGiven(changes, key, value); };
    set("reason", step.reason);
    set("courier", step.courier);
    set("tracking_no", step.trackingNo);
    return changes;
}

StepSaver::Result WorkflowSteps::save(MoveContract& step, const ContractRepository::Detail& opened,
                                      ContractRepository& repository, ContractService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        contractFields(), step, opened, [&] { return repository.detail(opened.id); },
        [&service](const MoveContract& saved) { return service.move(saved); }, clock, parent);
}

std::optional<QHash<QString, QString>> WorkflowSteps::changesOf(const RequestPaperCopy& request,
                                                                const ContractRepository::Detail& contract)
{
    const auto to = ContractWorkflow::target(ContractAction::RequestPaperCopy, contract.subState);
    if (!to)
        return std::nullopt;
    return QHash<QString, QString> {
        {QStringLiteral("status"), DomainText::name(*to)},
        {QStringLiteral("paper_copies"), QLocale().toString(request.copies)},
        {QStringLiteral("paper_to"),
         addressee(request.recipient, request.phone, request.address, request.postcode)},
    };
}

StepSaver::Result WorkflowSteps::save(RequestPaperCopy& request, const ContractRepository::Detail& opened,
                                      ContractRepository& repository, ContractService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        contractFields(), request, opened, [&] { return repository.detail(opened.id); },
        [&service](const RequestPaperCopy& saved) { return service.requestPaperCopy(saved); }, clock, parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::applicationFields()
{
    return {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("contact"), tr("Contact")},
        {QStringLiteral("markets"), tr("Markets")},
        {QStringLiteral("unticked"), tr("Checklist conditions not ticked")},
        {QStringLiteral("reject_reason"), tr("Why it was rejected")},
        {QStringLiteral("override_reason"), tr("Why unticked conditions were overridden")},
        {QStringLiteral("decided_by"), tr("Decided by")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const ApplicationRepository::Detail& application)
{
    return {
        {QStringLiteral("status"), DomainText::name(application.status)},
        {QStringLiteral("company"), application.companyName + QLatin1Char(' ') + application.creditCode},
        {QStringLiteral("contact"),
         QStringList {application.contactPerson, application.phone, application.email}.join(
             QLatin1Char(' '))},
        {QStringLiteral("markets"), QLocale().createSeparatedList(application.marketNames)},
        {QStringLiteral("unticked"), QLocale().toString(application.untickedCount())},
        {QStringLiteral("reject_reason"), application.rejectReason},
        {QStringLiteral("override_reason"), application.overrideReason},
        {QStringLiteral("decided_by"), application.decidedBy},
    };
}

std::optional<QHash<QString, QString>>
WorkflowSteps::changesOf(const DecideApplication& decision, const ApplicationRepository::Detail& application)
{
    const auto to = ApplicationWorkflow::target(decision.action, application.status);
    if (!to)
        return std::nullopt;
    QHash<QString, QString> changes {{QStringLiteral("status"), DomainText::name(*to)}};
    if (decision.action == ApplicationAction::StartReview)
        return changes;
    changes.insert(QStringLiteral("decided_by"), decision.header.actor);
    if (decision.action == ApplicationAction::Reject)
        changes.insert(QStringLiteral("reject_reason"), decision.reason.trimmed());
    else if (application.untickedCount() > 0)
        changes.insert(QStringLiteral("override_reason"), decision.reason.trimmed());
    return changes;
}

StepSaver::Result WorkflowSteps::save(DecideApplication& decision,
                                      const ApplicationRepository::Detail& opened,
                                      ApplicationRepository& repository, ApplicationService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        applicationFields(), decision, opened, [&] { return repository.detail(opened.id); },
        [&service](const DecideApplication& saved) { return service.decide(saved); }, clock, parent);
}

QList<std::pair<QString, QString>> WorkflowSteps::vendorFields()
{
    return {
        {QStringLiteral("status"), tr("Status")},      {QStringLiteral("name"), tr("Vendor")},
        {QStringLiteral("contact"), tr("Contact")},    {QStringLiteral("markets"), tr("Markets")},
        {QStringLiteral("status_reason"), tr("Note")}, {QStringLiteral("leave_reason"), tr("Why it left")},
    };
}

QHash<QString, QString> WorkflowSteps::valuesOf(const VendorRepository::Detail& vendor)
{
    return {
        {QStringLiteral("status"), DomainText::nameOfKey<VendorStatus>(vendor.status)},
        {QStringLiteral("name"), vendor.name + QLatin1Char(' ') + vendor.creditCode},
        {QStringLiteral("contact"),
         QStringList {vendor.contactPerson, vendor.phone, vendor.email}.join(QLatin1Char(' '))},
        {QStringLiteral("markets"), QLocale().createSeparatedList(vendor.marketNames)},
        {QStringLiteral("status_reason"), vendor.statusReason},
        {QStringLiteral("leave_reason"), DomainText::nameOfKey<LeaveReason>(vendor.leaveReason)},
    };
}

std::optional<QHash<QString, QString>> WorkflowSteps::changesOf(const MoveVendor& step,
                                                                const VendorRepository::Detail& vendor)
{
    const auto status = enumFromKey<VendorStatus>(vendor.status);
    const auto to = status ? VendorLifecycle::target(step.action, *status) : std::nullopt;
    if (!to)
        return std::nullopt;
    // The move always sets the note, an empty one too: it says why the standing is what it is.
    QHash<QString, QString> changes {{QStringLiteral("status"), DomainText::name(*to)},
                                     {QStringLiteral("status_reason"), step.note.trimmed()}};
    if (step.reason)
        changes.insert(QStringLiteral("leave_reason"), DomainText::name(*step.reason));
    return changes;
}

StepSaver::Result WorkflowSteps::save(MoveVendor& step, const VendorRepository::Detail& opened,
                                      VendorRepository& repository, VendorService& service,
                                      const Clock& clock, QWidget* parent)
{
    return saveStep(
        vendorFields(), step, opened, [&] { return repository.detail(opened.id); },
        [&service](const MoveVendor& saved) { return service.move(saved); }, clock, parent);
}
