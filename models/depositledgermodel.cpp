#include "depositledgermodel.h"

#include "depositledger.h"
#include "domaintext.h"

#include <QLocale>

DepositLedgerModel::DepositLedgerModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DepositLedgerModel::setLines(const QList<DepositRepository::Line>& lines)
{
    beginResetModel();
    m_lines.clear();
    m_balances.clear();
    QList<DepositLedger::Entry> running;
    for (const DepositRepository::Line& line : lines) {
        running.append({line.kind, line.amount, {}});
        m_lines.prepend(line);
        m_balances.prepend(DepositLedger::balance(running));
    }
    endResetModel();
}

int DepositLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DepositLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepositLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DepositRepository::Line& line = m_lines.at(index.row());
    const bool credit = DepositLedger::isCredit(line.kind);
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == BalanceAfter))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RecordedAt:
        return DomainText::localTime(line.recordedAtMs);
    case Kind:
        return DomainText::name(line.kind);
    case Amount:
        return (credit ? QStringLiteral("+") : QStringLiteral("−")) + line.amount.format(locale);
    case BalanceAfter:
        return m_balances.at(index.row()).format(locale);
    case ReceiptNo:
        return line.receiptNo;
    case ReceiptMailed:
        return line.receiptMailedAtMs > 0 ? tr("%1, %2 %3")
                                                .arg(DomainText::localTime(line.receiptMailedAtMs),
                                                     line.receiptCourier, line.receiptTrackingNo)
                                          : QString();
    case Reason:
        return line.reason;
    case RecordedBy:
        return line.recordedBy;
    default:
        return {};
    }
}

QVariant DepositLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordedAt:
        return tr("Recorded at");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case BalanceAfter:
        return tr("Balance after");
    case ReceiptNo:
        return tr("Receipt no.");
    case ReceiptMailed:
        return tr("Receipt mailed");
    case Reason:
        return tr("Reason");
    case RecordedBy:
        return tr("Recorded by");
    default:
        return {};
    }
}
