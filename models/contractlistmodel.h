#pragma once

#include "pagedtablemodel.h"

class Clock;

/// The Contracts page's list: the columns of ContractRepository::tableSpec(), tabs by contract
/// state, the newest application on top. The paper-copy column counts down to the day the copies
/// must be mailed and turns red once it has passed; sorting on it lists the overdue first.
class ContractListModel : public PagedTableModel
{
    Q_OBJECT
public:
    ContractListModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
