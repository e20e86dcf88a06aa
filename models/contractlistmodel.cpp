#include "contractlistmodel.h"

#include "contractrepository.h"
#include "domaintext.h"

ContractListModel::ContractListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, ContractRepository::tableSpec(), parent)
{
    watchDeadlines(clock);
}

QList<std::pair<QString, QString>> ContractListModel::statusEntries() const
{
    return DomainText::entries<ContractState>();
}

QString ContractListModel::headerText(int column) const
{
    switch (column) {
    case ContractRepository::ContractNo:
        return tr("Contract number");
    case ContractRepository::Kind:
        return tr("Type");
    case ContractRepository::Seal:
        return tr("Seal method");
    case ContractRepository::AppliedAt:
        return tr("Applied at");
    case ContractRepository::Validity:
        return tr("Validity");
    case ContractRepository::State:
        return tr("State");
    case ContractRepository::SubState:
        return tr("Sub-state");
    case ContractRepository::CustomerNo:
        return tr("Customer ID");
    case ContractRepository::VendorName:
        return tr("Vendor");
    case ContractRepository::Total:
        return tr("Total");
    case ContractRepository::PaperCopyDue:
        return tr("Paper copies due");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> ContractListModel::enumEntries(int column) const
{
    switch (column) {
    case ContractRepository::Kind:
        return DomainText::entries<ContractKind>();
    case ContractRepository::Seal:
        return DomainText::entries<SealMethod>();
    case ContractRepository::State:
        return DomainText::entries<ContractState>();
    case ContractRepository::SubState:
        return DomainText::entries<ContractSubState>();
    default:
        return {};
    }
}
