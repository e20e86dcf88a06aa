#include "orderspage.h"

#include "detailpane.h"
#include "domaintext.h"
#include "orderlistmodel.h"
#include "storageerror.h"

#include <QDateTime>
#include <QLocale>

OrdersPage::OrdersPage(Database& database, QWidget* parent)
    : QueuePage(QStringLiteral("orders"), new OrderListModel(database), parent)
    , m_repository(database)
{ }

void OrdersPage::showDetail(const QString& id)
{
    std::optional<OrderRepository::Detail> order;
    try {
        order = m_repository.detail(OrderId::fromString(id));
    } catch (const StorageError& error) {
        detailPane()->showMessage(tr("The order could not be read: %1").arg(error.message()));
        return;
    }
    if (!order) {
        detailPane()->showMessage(tr("This order no longer exists."));
        return;
    }
    const QLocale locale;
    detailPane()->setRows(
        tr("Order %1").arg(order->orderNo),
        {
            {tr("Customer ID"), order->customerNo},
            {tr("Buyer"), order->buyerName},
            {tr("Contact phone"), order->contactPhone},
            {tr("Vendor"), order->vendorName},
            {tr("Product"), order->productName},
            {tr("Delivery type"), DomainText::nameOfKey<DeliveryType>(order->deliveryType)},
            {tr("Order type"), DomainText::nameOfKey<OrderType>(order->orderType)},
            {tr("Status"), DomainText::nameOfKey<OrderStatus>(order->status)},
            {tr("Paid amount"), order->paid.format(locale)},
            {tr("Vouchers and coupons"), order->voucher.format(locale)},
            {tr("Refunded"), order->refunded.format(locale)},
            {tr("Paid at"),
             QDateTime::fromMSecsSinceEpoch(order->paidAtMs)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
            {tr("Invoice requests"), locale.toString(order->invoiceRequestCount)},
            {tr("Service delivery"),
             order->deliveryState.isEmpty() ? tr("None")
                                            : DomainText::nameOfKey<DeliveryState>(order->deliveryState)},
        });
}
