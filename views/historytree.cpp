#include "historytree.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

HistoryTree::HistoryTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("When"), tr("Who"), tr("Step")});
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(true);
}

void HistoryTree::addEntry(const QString& when, const QString& who, const QString& step,
                           const QString& change)
{
    auto* entry = new QTreeWidgetItem(this, {when, who, step});
    QFont bold = entry->font(2);
    bold.setBold(true);
    entry->setFont(2, bold);
    for (const QString& line : change.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        auto* field = new QTreeWidgetItem(entry, {line});
        field->setToolTip(0, line);
        field->setFirstColumnSpanned(true);
    }
    entry->setExpanded(true);
}

void HistoryTree::addError(const QString& message)
{
    auto* item = new QTreeWidgetItem(this, {message});
    item->setFirstColumnSpanned(true);
}

void HistoryTree::fitColumns()
{
    // By the entries' own cells: resizeColumnToContents() would count the change lines and an
    // error, which span every column from the first. The cell's margins, and a gap of 8 pixels
    // before the next column.
    const int margins = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    for (int column : {0, 1}) {
        int widest = header()->sectionSizeHint(column);
        for (int row = 0; row < topLevelItemCount(); ++row)
            if (const QTreeWidgetItem* entry = topLevelItem(row); !entry->isFirstColumnSpanned())
                widest = std::max(widest, fontMetrics().horizontalAdvance(entry->text(column)));
        setColumnWidth(column, widest + margins);
    }
}
