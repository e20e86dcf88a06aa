#pragma once

#include "invoiceworkflow.h"

#include <QSet>
#include <QString>

/// The operations a user may perform (SPEC 1): per-operation permission keys granted through
/// roles. The keys are those of the permissions table (migration 0008), which the team server's
/// policies check too.
class Permissions
{
public:
    static constexpr const char* invoiceCreate = "invoice.create";
    static constexpr const char* invoiceIssue = "invoice.issue";
    static constexpr const char* invoiceReturn = "invoice.return";
    static constexpr const char* invoiceVoid = "invoice.void";
    static constexpr const char* applicationCreate = "application.create";
    static constexpr const char* applicationApprove = "application.approve";
    static constexpr const char* depositRecord = "deposit.record";
    static constexpr const char* violationRecord = "violation.record";
    static constexpr const char* vendorManage = "vendor.manage";
    static constexpr const char* vendorExpel = "vendor.expel";
    static constexpr const char* productEdit = "product.edit";
    static constexpr const char* productReview = "product.review";
    static constexpr const char* refundRequest = "refund.request";
    static constexpr const char* refundApprove = "refund.approve";
    static constexpr const char* deliveryWork = "delivery.work";
    static constexpr const char* contractManage = "contract.manage";
    static constexpr const char* settingsEdit = "settings.edit";
    static constexpr const char* catalogueEdit = "catalogue.edit";
    static constexpr const char* usersManage = "users.manage";

    Permissions() = default;
    explicit Permissions(const QSet<QString>& granted)
        : m_granted(granted)
    { }

    bool allows(const QString& key) const { return m_granted.contains(key); }
    const QSet<QString>& granted() const { return m_granted; }
    /// The permission a step of the invoice queue needs.
    static QString forInvoiceAction(InvoiceAction action);

private:
    QSet<QString> m_granted;
};
