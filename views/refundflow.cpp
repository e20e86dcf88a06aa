#include "refundflow.h"

#include "clock.h"
#include "domaintext.h"
#include "orderrepository.h"
#include "refundrequestdialog.h"
#include "refundservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUuid>

namespace {

std::optional<OrderRepository::Refund> pendingRefund(Database& database, const QString& orderId)
{
    for (const OrderRepository::Refund& refund : OrderRepository(database).refunds(orderId)) {
        if (refund.status == enumKey(RefundStatus::Requested))
            return refund;
    }
    return std::nullopt;
}

} // namespace

bool RefundFlow::request(QWidget* parent, const QString& orderId, const QString& orderNo)
{
    std::optional<RefundPolicy> policy;
    try {
        policy = m_service.policyFor(orderId, m_clock.nowUtc());
    } catch (const StorageError& error) {
        QMessageBox::warning(parent, tr("Refund"),
                             tr("The order could not be read: %1").arg(error.userMessage()));
        return false;
    }
    if (!policy) {
        QMessageBox::warning(parent, tr("Refund"), tr("This order no longer exists."));
        return false;
    }
    if (policy->kind == RefundPolicy::Kind::Unavailable) {
        QMessageBox::information(parent, tr("Refund"), policy->explanation);
        return false;
    }
    RefundRequestDialog dialog(orderId, orderNo, *policy, m_service, m_clock, m_actor, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool RefundFlow::decide(QWidget* parent, const QString& orderId, const QString& orderNo, bool approve)
{
    std::optional<OrderRepository::Refund> refund;
    try {
        refund = pendingRefund(m_database, orderId);
    } catch (const StorageError& error) {
        QMessageBox::warning(parent, tr("Refund"),
                             tr("The refund could not be read: %1").arg(error.userMessage()));
        return false;
    }
    if (!refund) {
        QMessageBox::information(parent, tr("Refund"),
                                 tr("Order %1 has no refund waiting for a decision.").arg(orderNo));
        return false;
    }
    DecideRefund command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.refundId = refund->id;
    command.baseVersion = refund->version;
    command.approve = approve;
    const QString summary = tr("Order %1: %2, %3.")
                                .arg(orderNo, refund->amount.format(QLocale()),
                                     DomainText::nameOfKey<RefundReason>(refund->reason));
    if (approve) {
        if (QMessageBox::question(
                parent, tr("Approve refund"),
                tr("%1\nApprove the refund? The amount is refunded on the order.").arg(summary))
            != QMessageBox::Yes)
            return false;
    } else {
        bool ok = false;
        command.declineReason = QInputDialog::getMultiLineText(
            parent, tr("Decline refund"), tr("%1\nWhy is the refund declined?").arg(summary), QString(), &ok);
        if (!ok)
            return false;
    }
    OrderRepository orders(m_database);
    const StepSaver::Result result
        = WorkflowSteps::save(command, orderId, *refund, orders, m_service, m_clock, parent);
    if (result.next != StepSaver::Next::Report)
        return false;
    const WriteOutcome& outcome = result.outcome;
    if (outcome.succeeded())
        return true;
    QStringList messages;
    for (const FieldError& error : outcome.fieldErrors)
        messages << error.message;
    if (!outcome.message.isEmpty())
        messages << outcome.message;
    QMessageBox::warning(parent, tr("Refund"), messages.join(QLatin1Char('\n')));
    return false;
}
