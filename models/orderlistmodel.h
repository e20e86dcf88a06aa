#pragma once

#include "pagedtablemodel.h"

/// The Orders page list: the columns of OrderRepository::tableSpec(), tabs by order status,
/// newest payment first.
class OrderListModel : public PagedTableModel
{
    Q_OBJECT
public:
    explicit OrderListModel(Database& database, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
