#include "flowlogmodel.h"

#include "domaintext.h"

#include <QDateTime>
#include <QLocale>

namespace {

/// internalId of a step row; a detail row stores its step's row + 1.
constexpr quintptr topLevel = 0;

} // namespace

FlowLogModel::FlowLogModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void FlowLogModel::setSteps(const QList<DeliveryRepository::Step>& steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int FlowLogModel::detailCount(int step) const
{
    const DeliveryRepository::Step& entry = m_steps.at(step);
    return (entry.details.isEmpty() ? 0 : 1) + int(entry.files.size());
}

QModelIndex FlowLogModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FlowLogModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int FlowLogModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_steps.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return detailCount(parent.row());
}

int FlowLogModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FlowLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != topLevel) {
        const DeliveryRepository::Step& step = m_steps.at(int(index.internalId() - 1));
        if (index.column() != 0)
            return {};
        int row = index.row();
        if (!step.details.isEmpty()) {
            if (row == 0)
                return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(step.details)
                                                                          : QVariant();
            --row;
        }
        const DeliveryRepository::StoredFile& file = step.files.at(row);
        switch (role) {
        case Qt::DisplayRole:
            return fileText(file);
        case Qt::ToolTipRole:
            return tr("Double-click to save %1").arg(file.fileName);
        case FileIdRole:
            return file.id;
        case FileNameRole:
            return file.fileName;
        default:
            return {};
        }
    }
    const DeliveryRepository::Step& step = m_steps.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return step.seq;
    case Time:
        return QDateTime::fromMSecsSinceEpoch(step.atMs).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
    case Party:
        return partyText(step);
    case Step:
        return DomainText::nameOfKey<DeliveryAction>(step.action);
    case State:
        return stateText(step);
    default:
        return {};
    }
}

QVariant FlowLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Time");
    case Party:
        return tr("Party");
    case Step:
        return tr("Step");
    case State:
        return tr("State");
    default:
        return {};
    }
}

QString FlowLogModel::partyText(const DeliveryRepository::Step& step)
{
    switch (step.actorKind) {
    case DeliveryActor::Buyer:
        return tr("Buyer (recorded by %1)").arg(step.actor);
    case DeliveryActor::System:
        return DomainText::name(DeliveryActor::System);
    default:
        return tr("%1 · %2").arg(DomainText::name(step.actorKind), step.actor);
    }
}

QString FlowLogModel::stateText(const DeliveryRepository::Step& step)
{
    QString to = DomainText::nameOfKey<DeliveryState>(step.toState);
    if (step.fromState.isEmpty() || step.fromState == step.toState)
        return to;
    return tr("%1 → %2").arg(DomainText::nameOfKey<DeliveryState>(step.fromState), to);
}

QString FlowLogModel::fileText(const DeliveryRepository::StoredFile& file)
{
    return tr("%1 (%2)").arg(file.fileName, QLocale().formattedDataSize(file.sizeBytes));
}
