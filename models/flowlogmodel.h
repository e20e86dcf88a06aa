#pragma once

#include "deliveryrepository.h"

#include <QAbstractItemModel>

/// The flow log (流程日志) of one delivery as a tree: one row per step, newest last, with the
/// columns number, time, party, step and state; under each step its text and its files, so that a
/// step's details expand in place.
class FlowLogModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Party, Step, State, ColumnCount };
    enum Role {
        FileIdRole = Qt::UserRole + 1, ///< on a file row: the stored file's id
        FileNameRole,
    };

    explicit FlowLogModel(QObject* parent = nullptr);

    void setSteps(const QList<DeliveryRepository::Step>& steps);
    const QList<DeliveryRepository::Step>& steps() const { return m_steps; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Buyer (recorded by 王芳)", "Vendor · 李工", "System": who took a step.
    static QString partyText(const DeliveryRepository::Step& step);
    /// "Awaiting vendor confirmation → Implementing", or the one state when it did not change.
    static QString stateText(const DeliveryRepository::Step& step);
    /// "需求说明.pdf (12 KB)".
    static QString fileText(const DeliveryRepository::StoredFile& file);

private:
    /// The detail rows of a step: its text (when any) first, then its files.
    int detailCount(int step) const;

    QList<DeliveryRepository::Step> m_steps;
};
