#pragma once

#include "pagedtablemodel.h"

/// The Vendors page list: the columns of VendorRepository::tableSpec(), tabs by vendor status.
class VendorListModel : public PagedTableModel
{
    Q_OBJECT
public:
    explicit VendorListModel(Database& database, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
