#pragma once

#include "pagedtablemodel.h"

/// The Applications page list: the columns of ApplicationRepository::tableSpec(), tabs by status.
class ApplicationListModel : public PagedTableModel
{
    Q_OBJECT
public:
    explicit ApplicationListModel(Database& database, QObject* parent = nullptr);

    QList<std::pair<QString, QString>> statusEntries() const override;

protected:
    QString headerText(int column) const override;
    QList<std::pair<QString, QString>> enumEntries(int column) const override;
};
