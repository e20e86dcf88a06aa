#include "contractorderpickmodel.h"

#include "domaintext.h"

#include <QDateTime>
#include <QLocale>

ContractOrderPickModel::ContractOrderPickModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ContractOrderPickModel::setOrders(const QList<ContractRepository::CandidateOrder>& orders,
                                       const QStringList& checkedIds)
{
    beginResetModel();
    m_orders = orders;
    m_checked.clear();
    for (int row = 0; row < m_orders.size(); ++row) {
        if (isPickable(row) && checkedIds.contains(m_orders.at(row).id))
            m_checked.insert(m_orders.at(row).id);
    }
    endResetModel();
    emit totalChanged(total());
}

QStringList ContractOrderPickModel::checkedIds() const
{
    QStringList ids;
    for (const auto& order : m_orders) {
        if (m_checked.contains(order.id))
            ids << order.id;
    }
    return ids;
}

Money ContractOrderPickModel::total() const
{
    Money sum;
    for (const auto& order : m_orders) {
        if (m_checked.contains(order.id))
            sum += order.amount.value_or(Money());
    }
    return sum;
}

int ContractOrderPickModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int ContractOrderPickModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ContractOrderPickModel::isPickable(int row) const
{
    const auto& order = m_orders.at(row);
    return order.amount.has_value() && order.otherContractNo.isEmpty();
}

QVariant ContractOrderPickModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& order = m_orders.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == OrderNo)
        return m_checked.contains(order.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OrderNo:
        return order.orderNo;
    case Product:
        return order.productName;
    case Type:
        return DomainText::name(order.type);
    case PaidAt:
        return QDateTime::fromMSecsSinceEpoch(order.paidAtMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Amount:
        return order.amount ? order.amount->format(QLocale()) : QString();
    case Note:
        if (!order.otherContractNo.isEmpty())
            return tr("In contract %1").arg(order.otherContractNo);
        if (!order.amount)
            return tr("%1: cannot be listed").arg(DomainText::name(order.status));
        return order.type == OrderType::Refund ? tr("Refund order: counts negative") : QString();
    default:
        return {};
    }
}

bool ContractOrderPickModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != OrderNo
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isPickable(index.row()))
        return false;
    const auto& order = m_orders.at(index.row());
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(order.id))
        return true;
    const Money after = total() + (check ? *order.amount : Money() - *order.amount);
    if (after.isNegative()) {
        emit checkRefused(tr("Order %1 would make the total %2; a contract's total may not be negative.")
                              .arg(order.orderNo, after.format(QLocale())));
        return false;
    }
    if (check)
        m_checked.insert(order.id);
    else
        m_checked.remove(order.id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit totalChanged(after);
    return true;
}

Qt::ItemFlags ContractOrderPickModel::flags(const QModelIndex& index) const
{
    // The item-model tester asks for the flags of the invalid index, which are none.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!isPickable(index.row()))
        return Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == OrderNo)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ContractOrderPickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderNo:
        return tr("Order ID");
    case Product:
        return tr("Product");
    case Type:
        return tr("Order type");
    case PaidAt:
        return tr("Paid at");
    case Amount:
        return tr("Amount in the contract");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}
