#pragma once

#include "cataloguerepository.h"
#include "savecatalogueentry.h"

#include <QAbstractTableModel>

#include <optional>

/// One administrator catalogue as a table: markets (name, key, deposit, order), entry checklist
/// conditions (market, order, text), violation types (name, key, points) or couriers (name,
/// order), each with whether it is in use; inactive entries are shown greyed. Each row is kept as the
/// SaveCatalogueEntry that would store it unchanged, so an edit starts from entry(row).
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CatalogueModel(CatalogueKind kind, QObject* parent = nullptr);

    CatalogueKind kind() const { return m_kind; }
    /// Reads the catalogue again. Throws StorageError.
    void reload(CatalogueRepository& repository);
    const SaveCatalogueEntry& entry(int row) const { return m_rows.at(row); }
    /// The row whose entry has `entryId`; nothing when the catalogue holds none.
    std::optional<SaveCatalogueEntry> entryWithId(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int inUseColumn() const;

    CatalogueKind m_kind;
    QList<SaveCatalogueEntry> m_rows;
    QHash<QString, QString> m_marketNames;
};
