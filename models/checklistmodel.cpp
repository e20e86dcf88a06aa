#include "checklistmodel.h"

#include "domaintext.h"

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ChecklistModel::setChecks(const QList<ApplicationRepository::Check>& checks, bool editable)
{
    beginResetModel();
    m_checks = checks;
    m_editable = editable;
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ApplicationRepository::Check& check = m_checks.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Ticked)
        return check.ticked ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Market:
        return check.condition.marketName.isEmpty() ? tr("Every market") : check.condition.marketName;
    case Condition:
        return check.condition.text;
    case Ticked:
        return role == Qt::ToolTipRole ? (check.ticked ? tr("Met") : tr("Not ticked yet")) : QVariant();
    case Note:
        return check.note;
    case CheckedBy:
        return check.checkedBy.isEmpty()
            ? QString()
            : tr("%1, %2").arg(check.checkedBy, DomainText::localTime(check.checkedAtMs));
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Market:
        return tr("Market");
    case Condition:
        return tr("Condition");
    case Ticked:
        return tr("Met");
    case Note:
        return tr("Reviewer's note");
    case CheckedBy:
        return tr("Checked by");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return flags;
    if (index.column() == Ticked)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Note)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ApplicationRepository::Check& check = m_checks.at(index.row());
    if (index.column() == Ticked && role == Qt::CheckStateRole) {
        emit itemEdited(check.condition.id, value.toInt() == Qt::Checked, check.note);
        return true;
    }
    if (index.column() == Note && role == Qt::EditRole && value.toString() != check.note) {
        emit itemEdited(check.condition.id, check.ticked, value.toString());
        return true;
    }
    return false;
}
