#include "invoiceableamount.h"

#include <QLocale>

Money InvoiceableAmount::OrderBalance::invoiceable() const
{
    const Money left = paid - refunded - requested;
    return left.isNegative() ? Money() : left;
}

Money InvoiceableAmount::total(const QList<OrderBalance>& orders)
{
    Money sum;
    for (const OrderBalance& order : orders)
        sum += order.invoiceable();
    return sum;
}

InvoiceableAmount::Allocation InvoiceableAmount::allocate(const QList<OrderBalance>& orders, Money amount)
{
    Allocation allocation;
    const QLocale locale;
    if (orders.isEmpty()) {
        allocation.error = tr("Choose at least one order.");
        return allocation;
    }
    if (amount <= Money()) {
        allocation.error = tr("The amount must be more than zero.");
        return allocation;
    }
    const Money available = total(orders);
    if (amount > available) {
        allocation.error = tr("The amount %1 exceeds the invoiceable amount %2.")
                               .arg(amount.format(locale), available.format(locale));
        return allocation;
    }
    Money left = amount;
    for (const OrderBalance& order : orders) {
        if (!order.isStatement())
            continue;
        if (order.requested > Money() || order.invoiceable() == Money()) {
            allocation.error = tr("The monthly statement %1 (%2) is already on another request and "
                                  "cannot be split.")
                                   .arg(order.orderNo, order.statementPeriod);
            return allocation;
        }
        if (left < order.invoiceable()) {
            allocation.error
                = tr("A monthly statement cannot be split: the amount must cover statement "
                     "%1 (%2) in full, %3.")
                      .arg(order.orderNo, order.statementPeriod, order.invoiceable().format(locale));
            return allocation;
        }
        allocation.parts << Part {order.orderId, order.invoiceable()};
        left -= order.invoiceable();
    }
    for (const OrderBalance& order : orders) {
        if (order.isStatement() || left == Money())
            continue;
        const Money part = std::min(left, order.invoiceable());
        if (part > Money())
            allocation.parts << Part {order.orderId, part};
        left -= part;
    }
    return allocation;
}
