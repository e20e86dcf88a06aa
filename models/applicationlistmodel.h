#pragma once

#include "pagedtablemodel.h"

class Clock;

/// The Applications page list: the columns of ApplicationRepository::tableSpec(), tabs by status.
/// An application awaiting the reviewer (submitted, under review) shows how long it has waited.
class ApplicationListModel : public PagedTableModel
{
    Q_OBJECT
public:
    ApplicationListModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;

private:
    const Clock& m_clock;
};
