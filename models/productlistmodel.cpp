#include "productlistmodel.h"

#include "domaintext.h"
#include "productrepository.h"

ProductListModel::ProductListModel(Database& database, QObject* parent)
    : PagedTableModel(database, ProductRepository::tableSpec(), parent)
{ }

QList<std::pair<QString, QString>> ProductListModel::statusEntries() const
{
    return DomainText::entries<ProductStatus>();
}

QString ProductListModel::headerText(int column) const
{
    switch (column) {
    case ProductRepository::Name:
        return tr("Product");
    case ProductRepository::Vendor:
        return tr("Vendor");
    case ProductRepository::Market:
        return tr("Market");
    case ProductRepository::DeliveryTypeColumn:
        return tr("Delivery type");
    case ProductRepository::Price:
        return tr("Price");
    case ProductRepository::Status:
        return tr("Status");
    case ProductRepository::SubmittedAt:
        return tr("Submitted at");
    case ProductRepository::LastOrderAt:
        return tr("Last order");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> ProductListModel::enumEntries(int column) const
{
    if (column == ProductRepository::DeliveryTypeColumn)
        return DomainText::entries<DeliveryType>();
    if (column == ProductRepository::Status)
        return DomainText::entries<ProductStatus>();
    return {};
}
