#pragma once

#include "depositrepository.h"

#include <QAbstractTableModel>

/// A vendor's deposit ledger as a table, newest first, with the balance after each line.
class DepositLedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecordedAt,
        Kind,
        Amount,
        BalanceAfter,
        ReceiptNo,
        ReceiptMailed,
        Reason,
        RecordedBy,
        ColumnCount
    };

    explicit DepositLedgerModel(QObject* parent = nullptr);

    /// `lines` oldest first, as DepositRepository reads them.
    void setLines(const QList<DepositRepository::Line>& lines);
    const DepositRepository::Line& line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DepositRepository::Line> m_lines; ///< newest first
    QList<Money> m_balances; ///< the balance after each line of m_lines
};
