#pragma once

#include "pagedtablemodel.h"

/// The Contracts page's list: the columns of ContractRepository::tableSpec(), tabs by contract
/// state, the newest application on top.
class ContractListModel : public PagedTableModel
{
    Q_OBJECT
public:
    explicit ContractListModel(Database& database, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
