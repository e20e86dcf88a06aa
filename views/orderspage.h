#pragma once

#include "orderrepository.h"
#include "queuepage.h"
#include "refundflow.h"

class Clock;
class Database;
class QAction;
class QTreeWidget;
class RefundService;

/// The Orders area: every order with its buyer, vendor, product, amounts and status; its refund
/// requests, a new refund request on the buyer's behalf with the policy shown first, and the
/// platform's decision on a pending one.
class OrdersPage : public QueuePage
{
    Q_OBJECT
public:
    OrdersPage(Database& database, RefundService& refunds, const Clock& clock, const QString& actor,
               QWidget* parent = nullptr);

    QAction* requestRefundAction() const { return m_requestRefund; }
    QAction* approveRefundAction() const { return m_approveRefund; }
    QAction* declineRefundAction() const { return m_declineRefund; }

protected:
    void showDetail(const QString& id) override;

private:
    void decide(bool approve);

    OrderRepository m_repository;
    RefundFlow m_refunds;
    QTreeWidget* m_refundList = nullptr;
    QAction* m_requestRefund = nullptr;
    QAction* m_approveRefund = nullptr;
    QAction* m_declineRefund = nullptr;
    std::optional<OrderRepository::Detail> m_current;
};
