#pragma once

#include "pagedtablemodel.h"

class Clock;

/// The delivery center's list: the columns of DeliveryRepository::tableSpec(), tabs by delivery
/// state, the delivery closest to its automatic acceptance on top. The time-left column counts
/// down to the automatic acceptance; a delivery with an open platform ticket (工单) says so in its
/// state.
class DeliveryListModel : public PagedTableModel
{
    Q_OBJECT
public:
    DeliveryListModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
