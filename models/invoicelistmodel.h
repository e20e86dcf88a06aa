#pragma once

#include "pagedtablemodel.h"

class Clock;

/// The clerk's queue: the columns of InvoiceRequestRepository::tableSpec(), tabs by request
/// status, the request that is due soonest (overdue first) on top. The time-left column counts
/// down to the clerk's next deadline and turns red when it has passed; the order ID of a request
/// whose order was refunded is flagged.
class InvoiceListModel : public PagedTableModel
{
    Q_OBJECT
public:
    InvoiceListModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;

private:
    bool orderRefunded(int row) const;
};
