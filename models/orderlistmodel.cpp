#include "orderlistmodel.h"

#include "domaintext.h"
#include "orderrepository.h"

OrderListModel::OrderListModel(Database& database, QObject* parent)
    : PagedTableModel(database, OrderRepository::tableSpec(), parent)
{ }

QList<std::pair<QString, QString>> OrderListModel::statusEntries() const
{
    return DomainText::entries<OrderStatus>();
}

QString OrderListModel::headerText(int column) const
{
    switch (column) {
    case OrderRepository::OrderNo:
        return tr("Order ID");
    case OrderRepository::CustomerNo:
        return tr("Customer ID");
    case OrderRepository::ContactPhone:
        return tr("Contact phone");
    case OrderRepository::Vendor:
        return tr("Vendor");
    case OrderRepository::Product:
        return tr("Product");
    case OrderRepository::OrderType:
        return tr("Order type");
    case OrderRepository::PaidAmount:
        return tr("Paid amount");
    case OrderRepository::PaidAt:
        return tr("Paid at");
    case OrderRepository::Status:
        return tr("Status");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> OrderListModel::enumEntries(int column) const
{
    if (column == OrderRepository::OrderType)
        return DomainText::entries<OrderType>();
    if (column == OrderRepository::Status)
        return DomainText::entries<OrderStatus>();
    return {};
}
