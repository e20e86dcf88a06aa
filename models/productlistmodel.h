#pragma once

#include "pagedtablemodel.h"

/// The Products page list: the columns of ProductRepository::tableSpec(), tabs by listing status.
class ProductListModel : public PagedTableModel
{
    Q_OBJECT
public:
    explicit ProductListModel(Database& database, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
