#include "cataloguemodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

CatalogueModel::CatalogueModel(CatalogueKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void CatalogueModel::reload(CatalogueRepository& repository)
{
    QList<SaveCatalogueEntry> rows;
    QHash<QString, QString> marketNames;
    const auto row = [this](const QString& id, int version, bool active) {
        SaveCatalogueEntry entry;
        entry.kind = m_kind;
        entry.entryId = id;
        entry.baseVersion = version;
        entry.active = active;
        return entry;
    };
    const QList<CatalogueRepository::Market> markets = repository.markets(true);
    for (int i = 0; i < markets.size(); ++i) {
        const CatalogueRepository::Market& market = markets.at(i);
        marketNames.insert(market.id, market.name);
        if (m_kind != CatalogueKind::Market)
            continue;
        SaveCatalogueEntry entry = row(market.id, market.version, market.active);
        entry.key = market.key;
        entry.text = market.name;
        entry.deposit = market.deposit;
        entry.position = i + 1;
        rows.append(entry);
    }
    if (m_kind == CatalogueKind::Condition) {
        for (const CatalogueRepository::Condition& condition : repository.allConditions()) {
            SaveCatalogueEntry entry = row(condition.id, condition.version, condition.active);
            entry.text = condition.text;
            entry.marketId = condition.marketId;
            entry.position = condition.position;
            rows.append(entry);
        }
    }
    if (m_kind == CatalogueKind::Courier) {
        for (const CatalogueRepository::Courier& courier : repository.allCouriers()) {
            SaveCatalogueEntry entry = row(courier.id, courier.version, courier.active);
            entry.text = courier.name;
            entry.position = courier.position;
            rows.append(entry);
        }
    }
    if (m_kind == CatalogueKind::ViolationType) {
        for (const CatalogueRepository::ViolationType& type : repository.violationTypes(true)) {
            SaveCatalogueEntry entry = row(type.id, type.version, type.active);
            entry.key = type.key;
            entry.text = type.name;
            entry.points = type.points;
            rows.append(entry);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_marketNames = marketNames;
    endResetModel();
}

std::optional<SaveCatalogueEntry> CatalogueModel::entryWithId(const QString& entryId) const
{
    for (const SaveCatalogueEntry& entry : m_rows) {
        if (entry.entryId == entryId)
            return entry;
    }
    return std::nullopt;
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : inUseColumn() + 1;
}

int CatalogueModel::inUseColumn() const
{
    return m_kind == CatalogueKind::Courier ? 2 : 3;
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SaveCatalogueEntry& entry = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && !entry.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    const int column = index.column();
    if (column == inUseColumn())
        return entry.active ? tr("Active") : tr("Inactive");
    switch (m_kind) {
    case CatalogueKind::Market:
        return QList<QVariant> {entry.text, entry.key, entry.deposit.format(QLocale())}.at(column);
    case CatalogueKind::Condition:
        return QList<QVariant> {entry.marketId.isEmpty() ? tr("Every market")
                                                         : m_marketNames.value(entry.marketId),
                                entry.position, entry.text}
            .at(column);
    case CatalogueKind::ViolationType:
        return QList<QVariant> {entry.text, entry.key, entry.points}.at(column);
    case CatalogueKind::Courier:
        return QList<QVariant> {entry.text, entry.position}.at(column);
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > inUseColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == inUseColumn())
        return tr("In use");
    switch (m_kind) {
    case CatalogueKind::Market:
        return QStringList {tr("Market"), tr("Key"), tr("Deposit")}.at(section);
    case CatalogueKind::Condition:
        return QStringList {tr("Market"), tr("Order"), tr("Condition")}.at(section);
    case CatalogueKind::ViolationType:
        return QStringList {tr("Violation type"), tr("Key"), tr("Points")}.at(section);
    case CatalogueKind::Courier:
        return QStringList {tr("Courier"), tr("Order")}.at(section);
    }
    return {};
}
