#include "applicationlistmodel.h"

#include "applicationrepository.h"
#include "clock.h"
#include "domaintext.h"
#include "duetime.h"

ApplicationListModel::ApplicationListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, ApplicationRepository::tableSpec(), parent)
    , m_clock(clock)
{
    setClock(clock);
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() != ApplicationRepository::Waiting
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return PagedTableModel::data(index, role);
    const qint64 waitingSinceMs = index.data(RawValueRole).toLongLong();
    if (waitingSinceMs == nothingDueMs)
        return {};
    return DomainText::duration(m_clock.nowUtc().toMSecsSinceEpoch() - waitingSinceMs);
}

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
    case ApplicationRepository::Waiting:
        return tr("Waiting");
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
