#include "orderspage.h"

#include "detailpane.h"
#include "domaintext.h"
#include "orderlistmodel.h"
#include "permissiongate.h"
#include "refundservice.h"
#include "rowmenu.h"
#include "storageerror.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

OrdersPage::OrdersPage(Database& database, RefundService& refunds, const Clock& clock, const QString& actor,
                       QWidget* parent)
    : QueuePage(QStringLiteral("orders"), new OrderListModel(database), parent)
    , m_repository(database)
    , m_refunds(database, refunds, clock, actor)
    , m_refundList(new QTreeWidget)
{
    enableSearch(tr("Search order ID, customer ID or phone"));
    setEmptyText(tr("No orders yet. Orders come from the marketplace: connect it in Settings ▸ "
                    "Marketplace."));
    m_refundList->setObjectName(QStringLiteral("refunds"));
    m_refundList->setHeaderLabels(
        {tr("Requested at"), tr("Amount"), tr("Reason"), tr("Status"), tr("Details")});
    m_refundList->setRootIsDecorated(false);
    m_refundList->setWordWrap(true);
    addDetailTab(m_refundList, tr("Refunds"));

    QToolBar* bar = toolBar();
    m_requestRefund = bar->addAction(tr("Ask for a refund…"), this, [this] {
        if (m_current)
            m_refunds.request(this, m_current->id.toString(), m_current->orderNo);
    });
    m_requestRefund->setShortcut(Qt::CTRL | Qt::Key_R);
    m_requestRefund->setToolTip(tr("Record the buyer's refund request; the policy is shown first (Ctrl+R)"));
    m_approveRefund = bar->addAction(tr("Approve refund…"), this, [this] { decide(true); });
    m_declineRefund = bar->addAction(tr("Decline refund…"), this, [this] { decide(false); });
    PermissionGate::require(m_requestRefund, QLatin1String(Permissions::refundRequest));
    PermissionGate::require(m_approveRefund, QLatin1String(Permissions::refundApprove));
    PermissionGate::require(m_declineRefund, QLatin1String(Permissions::refundApprove));
    for (QAction* action : {m_requestRefund, m_approveRefund, m_declineRefund}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    rowMenu()->addGroup({m_requestRefund, m_approveRefund, m_declineRefund});
    // An order's steps depend on its refunds: Enter offers those open now.
    connect(tableView(), &QTableView::activated, rowMenu(), &RowMenu::openAtCurrentRow);
    connect(&refunds, &RefundService::changed, this, [this](const QString& entity, const QStringList& ids) {
        if (entity != QStringLiteral("order"))
            return;
        model()->refreshRows(ids);
        refreshDetail();
    });
}

void OrdersPage::decide(bool approve)
{
    // Not recorded: the user may have chosen someone else's newer decision, so show it.
    if (m_current && !m_refunds.decide(this, m_current->id.toString(), m_current->orderNo, approve))
        refreshChanged({m_current->id.toString()});
}

void OrdersPage::showDetail(const QString& id)
{
    QList<OrderRepository::Refund> refunds;
    QString readFailure;
    try {
        m_current = m_repository.detail(OrderId::fromString(id));
        if (m_current)
            refunds = m_repository.refunds(id);
    } catch (const StorageError& error) {
        m_current.reset();
        readFailure = tr("The order could not be read: %1").arg(error.userMessage());
    }
    m_refundList->clear();
    bool pending = false;
    for (const OrderRepository::Refund& refund : refunds) {
        pending = pending || refund.status == enumKey(RefundStatus::Requested);
        QString details = refund.text;
        if (!refund.declineReason.isEmpty())
            details = tr("%1\nDeclined: %2").arg(details, refund.declineReason).trimmed();
        auto* item = new QTreeWidgetItem(m_refundList,
                                         {DomainText::localTime(refund.requestedAtMs),
                                          refund.amount.format(QLocale()),
                                          DomainText::nameOfKey<RefundReason>(refund.reason),
                                          DomainText::nameOfKey<RefundStatus>(refund.status), details});
        item->setToolTip(
            3,
            refund.decidedAtMs
                ? tr("Decided by %1 at %2").arg(refund.decidedBy, DomainText::localTime(*refund.decidedAtMs))
                : tr("Requested by %1").arg(refund.requestedBy));
    }
    m_requestRefund->setEnabled(m_current.has_value() && !pending);
    m_approveRefund->setEnabled(pending);
    m_declineRefund->setEnabled(pending);
    if (!m_current) {
        detailPane()->showMessage(readFailure.isEmpty() ? tr("This order no longer exists.") : readFailure);
        return;
    }
    const auto& order = *m_current;
    const QLocale locale;
    detailPane()->setRows(
        tr("Order %1").arg(order.orderNo),
        {
            {tr("Customer ID"), order.customerNo},
            {tr("Buyer"), order.buyerName},
            {tr("Contact phone"), order.contactPhone},
            {tr("Vendor"), order.vendorName},
            {tr("Product"), order.productName},
            {tr("Delivery type"), DomainText::nameOfKey<DeliveryType>(order.deliveryType)},
            {tr("Order type"), DomainText::nameOfKey<OrderType>(order.orderType)},
            {tr("Status"), DomainText::nameOfKey<OrderStatus>(order.status)},
            {tr("Paid amount"), order.paid.format(locale)},
            {tr("Vouchers and coupons"), order.voucher.format(locale)},
            {tr("Refunded"), order.refunded.format(locale)},
            {tr("Paid at"), DomainText::localTime(order.paidAtMs)},
            {tr("Invoice requests"), locale.toString(order.invoiceRequestCount)},
            {tr("Service delivery"),
             order.deliveryState.isEmpty() ? tr("None")
                                           : DomainText::nameOfKey<DeliveryState>(order.deliveryState)},
        });
}
