#include "deliverylistmodel.h"

#include "deliveryrepository.h"
#include "domaintext.h"

DeliveryListModel::DeliveryListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, DeliveryRepository::tableSpec(), parent)
{
    watchDeadlines(clock);
}

QVariant DeliveryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == DeliveryRepository::State && role == Qt::DisplayRole
        && extrasAt(index.row()).value(DeliveryRepository::InterventionExtra).toBool())
        return tr("%1 · platform ticket").arg(PagedTableModel::data(index, role).toString());
    return PagedTableModel::data(index, role);
}

QList<std::pair<QString, QString>> DeliveryListModel::statusEntries() const
{
    return DomainText::entries<DeliveryState>();
}

QString DeliveryListModel::headerText(int column) const
{
    switch (column) {
    case DeliveryRepository::TimeLeft:
        return tr("Auto-acceptance");
    case DeliveryRepository::OrderNo:
        return tr("Order ID");
    case DeliveryRepository::CustomerNo:
        return tr("Customer ID");
    case DeliveryRepository::Product:
        return tr("Product");
    case DeliveryRepository::Vendor:
        return tr("Vendor");
    case DeliveryRepository::State:
        return tr("State");
    case DeliveryRepository::StateSince:
        return tr("In this state since");
    case DeliveryRepository::PaidAt:
        return tr("Paid at");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> DeliveryListModel::enumEntries(int column) const
{
    if (column == DeliveryRepository::State)
        return DomainText::entries<DeliveryState>();
    return {};
}
