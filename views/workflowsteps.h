#pragma once

#include "applicationrepository.h"
#include "contractrepository.h"
#include "deliveryrepository.h"
#include "invoicerequestrepository.h"
#include "orderrepository.h"
#include "stepsaver.h"
#include "vendorrepository.h"

class ApplicationService;
class Clock;
class ContractService;
class DeliveryService;
class InvoiceService;
class RefundService;
class VendorService;
struct DecideApplication;
struct DecideRefund;
struct MoveContract;
struct MoveDelivery;
struct MoveInvoiceRequest;
struct MoveVendor;
struct RequestPaperCopy;

/// Saves the workflow steps of invoice requests, deliveries, refunds, contracts, applications and
/// vendors through StepSaver, so a step that meets a newer version of its record is shown beside
/// it: what that view shows of each kind of record and which of those fields each step sets. The
/// step's "now" is taken again when it is saved on the newer version.
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
    static StepSaver::Result save(RequestPaperCopy& request, const ContractRepository::Detail& opened,
                                  ContractRepository& repository, ContractService& service,
                                  const Clock& clock, QWidget* parent);
    static StepSaver::Result save(DecideApplication& decision, const ApplicationRepository::Detail& opened,
                                  ApplicationRepository& repository, ApplicationService& service,
                                  const Clock& clock, QWidget* parent);
    static StepSaver::Result save(MoveVendor& step, const VendorRepository::Detail& opened,
                                  VendorRepository& repository, VendorService& service, const Clock& clock,
                                  QWidget* parent);

private:
    /// Saves `step` on `opened` and, after a conflict, shows the record `read` returns (an
    /// optional record) beside it; `write` hands the step to its service.
    template<typename Step, typename Record, typename Read, typename Write>
    static StepSaver::Result saveStep(QList<std::pair<QString, QString>> fields, Step& step,
                                      const Record& opened, Read read, Write write, const Clock& clock,
                                      QWidget* parent);

    // What the conflict view shows of each kind of record, keyed as in its *Fields() list.
    static QHash<QString, QString> valuesOf(const InvoiceRequestRepository::Detail& request);
    static QHash<QString, QString> valuesOf(const DeliveryRepository::Detail& delivery);
    static QHash<QString, QString> valuesOf(const OrderRepository::Refund& refund);
    static QHash<QString, QString> valuesOf(const ContractRepository::Detail& contract);
    static QHash<QString, QString> valuesOf(const ApplicationRepository::Detail& application);
    static QHash<QString, QString> valuesOf(const VendorRepository::Detail& vendor);

    // The fields a step sets on the record — its new status and what the user entered — or
    // nothing when the step may not be taken there.
    static std::optional<QHash<QString, QString>> changesOf(const MoveInvoiceRequest& step,
                                                            const InvoiceRequestRepository::Detail& request);
    static std::optional<QHash<QString, QString>> changesOf(const MoveDelivery& step,
                                                            const DeliveryRepository::Detail& delivery);
    static std::optional<QHash<QString, QString>> changesOf(const DecideRefund& decision,
                                                            const OrderRepository::Refund& refund);
    static std::optional<QHash<QString, QString>> changesOf(const MoveContract& step,
                                                            const ContractRepository::Detail& contract);
    static std::optional<QHash<QString, QString>> changesOf(const RequestPaperCopy& request,
                                                            const ContractRepository::Detail& contract);
    static std::optional<QHash<QString, QString>> changesOf(const DecideApplication& decision,
                                                            const ApplicationRepository::Detail& application);
    static std::optional<QHash<QString, QString>> changesOf(const MoveVendor& step,
                                                            const VendorRepository::Detail& vendor);

    static QList<std::pair<QString, QString>> invoiceRequestFields();
    static QList<std::pair<QString, QString>> contractFields();
    static QList<std::pair<QString, QString>> deliveryFields();
    static QList<std::pair<QString, QString>> refundFields();
    static QList<std::pair<QString, QString>> applicationFields();
    static QList<std::pair<QString, QString>> vendorFields();
};
