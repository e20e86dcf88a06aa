#include "applicationlistmodel.h"

#include "applicationrepository.h"
#include "domaintext.h"

ApplicationListModel::ApplicationListModel(Database& database, QObject* parent)
    : PagedTableModel(database, ApplicationRepository::tableSpec(), parent)
{ }

QList<std::pair<QString, QString>> ApplicationListModel::statusEntries() const
{
    return DomainText::entries<ApplicationStatus>();
}

QString ApplicationListModel::headerText(int column) const
{
    switch (column) {
    case ApplicationRepository::CompanyName:
        return tr("Company name");
    case ApplicationRepository::CreditCode:
        return tr("Credit code");
    case ApplicationRepository::ContactPerson:
        return tr("Contact person");
    case ApplicationRepository::Phone:
        return tr("Phone");
    case ApplicationRepository::Category:
        return tr("Category");
    case ApplicationRepository::Location:
        return tr("Registered location");
    case ApplicationRepository::Status:
        return tr("Status");
    case ApplicationRepository::SubmittedAt:
        return tr("Submitted at");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> ApplicationListModel::enumEntries(int column) const
{
    if (column == ApplicationRepository::Category)
        return DomainText::entries<VendorCategory>();
    if (column == ApplicationRepository::Status)
        return DomainText::entries<ApplicationStatus>();
    return {};
}
