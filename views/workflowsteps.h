#pragma once

#include "contractrepository.h"
#include "deliveryrepository.h"
#include "invoicerequestrepository.h"
#include "orderrepository.h"
#include "stepsaver.h"

class Clock;
class ContractService;
class DeliveryService;
class InvoiceService;
class RefundService;
struct DecideRefund;
struct MoveContract;
struct MoveDelivery;
struct MoveInvoiceRequest;

/// Saves the workflow steps of invoice requests, deliveries, refunds and contracts through StepSaver, so a
/// step that meets a newer version of its record is shown beside it: what that view shows of each
/// kind of record and which of those fields each step sets. The step's "now" is taken again when
/// it is saved on the newer version.
class WorkflowSteps
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSteps)
public:
    static StepSaver::Result save(MoveInvoiceRequest& step, const InvoiceRequestRepository::Detail& opened,
                                  InvoiceRequestRepository& repository, InvoiceService& service,
                                  const Clock& clock, QWidget* parent);
    static StepSaver::Result save(MoveDelivery& step, const DeliveryRepository::Detail& opened,
                                  DeliveryRepository& repository, DeliveryService& service,
                                  const Clock& clock, QWidget* parent);
    static StepSaver::Result save(DecideRefund& decision, const QString& orderId,
                                  const OrderRepository::Refund& opened, OrderRepository& repository,
                                  RefundService& service, const Clock& clock, QWidget* parent);
    static StepSaver::Result save(MoveContract& step, const ContractRepository::Detail& opened,
                                  ContractRepository& repository, ContractService& service,
                                  const Clock& clock, QWidget* parent);

private:
    /// Saves `step` on `opened` and, after a conflict, shows the record `read` returns (an
    /// optional record) beside it; `write` hands the step to its service.
    template<typename Step, typename Record, typename Read, typename Write>
    static StepSaver::Result saveStep(QList<std::pair<QString, QString>> fields, Step& step,
                                      const Record& opened, Read read, Write write, const Clock& clock,
                                      QWidget* parent);
    /// The request as the conflict view shows it, with what `step` sets there.
    static StepSaver::Snapshot snapshot(const MoveInvoiceRequest& step,
                                        const InvoiceRequestRepository::Detail& request);
    /// The fields `step` sets on `request` — its new status and what the clerk entered — or
    /// nothing when the step may not be taken there.
    static std::optional<QHash<QString, QString>> changesOf(const MoveInvoiceRequest& step,
                                                            const InvoiceRequestRepository::Detail& request);
    static StepSaver::Snapshot snapshot(const MoveDelivery& step, const DeliveryRepository::Detail& delivery);
    static std::optional<QHash<QString, QString>> changesOf(const MoveDelivery& step,
                                                            const DeliveryRepository::Detail& delivery);
    static StepSaver::Snapshot snapshot(const DecideRefund& decision, const OrderRepository::Refund& refund);
    static std::optional<QHash<QString, QString>> changesOf(const DecideRefund& decision,
                                                            const OrderRepository::Refund& refund);
    static StepSaver::Snapshot snapshot(const MoveContract& step, const ContractRepository::Detail& contract);
    static std::optional<QHash<QString, QString>> changesOf(const MoveContract& step,
                                                            const ContractRepository::Detail& contract);
    static QList<std::pair<QString, QString>> invoiceRequestFields();
    static QList<std::pair<QString, QString>> contractFields();
    static QList<std::pair<QString, QString>> deliveryFields();
    static QList<std::pair<QString, QString>> refundFields();
};
