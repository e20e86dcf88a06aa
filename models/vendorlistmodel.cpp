#include "vendorlistmodel.h"

#include "domaintext.h"
#include "vendorrepository.h"

VendorListModel::VendorListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, VendorRepository::tableSpec(), parent)
{
    watchDeadlines(clock);
}

QList<std::pair<QString, QString>> VendorListModel::statusEntries() const
{
    return DomainText::entries<VendorStatus>();
}

QString VendorListModel::headerText(int column) const
{
    switch (column) {
    case VendorRepository::Name:
        return tr("Company name");
    case VendorRepository::CreditCode:
        return tr("Credit code");
    case VendorRepository::ContactPerson:
        return tr("Contact person");
    case VendorRepository::Phone:
        return tr("Phone");
    case VendorRepository::Location:
        return tr("Registered location");
    case VendorRepository::Category:
        return tr("Category");
    case VendorRepository::Status:
        return tr("Status");
    case VendorRepository::JoinedAt:
        return tr("Joined at");
    case VendorRepository::ChangeReportDue:
        return tr("Change report due");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> VendorListModel::enumEntries(int column) const
{
    if (column == VendorRepository::Category)
        return DomainText::entries<VendorCategory>();
    if (column == VendorRepository::Status)
        return DomainText::entries<VendorStatus>();
    return {};
}
