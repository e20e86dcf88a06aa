#pragma once

#include "pagedtablemodel.h"

class Clock;

/// The Vendors page list: the columns of VendorRepository::tableSpec(), tabs by vendor status. The
/// report of a material change is the list's deadline: overdue ones are red and counted per tab.
class VendorListModel : public PagedTableModel
{
    Q_OBJECT
public:
    VendorListModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
