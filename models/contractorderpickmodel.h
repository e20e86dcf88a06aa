#pragma once

#include "contractrepository.h"

#include <QAbstractTableModel>
#include <QSet>

/// The orders a contract may list, as the wizard offers them: every order of the buyer with the
/// vendor, a check box on those that can be listed (paid, not in another contract), the others
/// greyed out with the reason. The running total of the checked orders is what the contract will
/// say; checking a refund order that would make it negative is refused.
class ContractOrderPickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OrderNo, Product, Type, PaidAt, Amount, Note, ColumnCount };

    explicit ContractOrderPickModel(QObject* parent = nullptr);

    /// Replaces the orders; `checkedIds` that are among them and may be listed stay checked.
    void setOrders(const QList<ContractRepository::CandidateOrder>& orders, const QStringList& checkedIds);
    /// Every order offered, checked or not.
    const QList<ContractRepository::CandidateOrder>& orders() const { return m_orders; }
    /// The checked orders, in list order.
    QStringList checkedIds() const;
    Money total() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalChanged(Money total);
    /// A check was refused; `message` says why (translated).
    void checkRefused(const QString& message);

private:
    bool isPickable(int row) const;

    QList<ContractRepository::CandidateOrder> m_orders;
    QSet<QString> m_checked;
};
