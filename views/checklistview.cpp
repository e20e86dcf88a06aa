#include "checklistview.h"

#include "checklistmodel.h"

#include <QHeaderView>

ChecklistView::ChecklistView(MarketColumn marketColumn, QWidget* parent)
    : QTableView(parent)
    , m_checklist(new ChecklistModel(this))
{
    setModel(m_checklist);
    verticalHeader()->hide();
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::Condition, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::Note, QHeaderView::Stretch);
    for (int column : {ChecklistModel::Market, ChecklistModel::Ticked, ChecklistModel::CheckedBy})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setColumnHidden(ChecklistModel::Market, marketColumn == MarketColumn::Hidden);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    // A wrapped condition needs its row height again whenever its column's width changes.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ChecklistModel::Condition || column == ChecklistModel::Note)
            resizeRowsToContents();
    });
}

void ChecklistView::showChecks(const QList<ApplicationRepository::Check>& checks, bool editable)
{
    const QModelIndex current = currentIndex();
    m_checklist->setChecks(checks, editable);
    resizeRowsToContents();
    if (current.isValid())
        setCurrentIndex(m_checklist->index(current.row(), current.column()));
    else if (editable && m_checklist->rowCount() > 0)
        setCurrentIndex(m_checklist->index(0, ChecklistModel::Ticked)); // Space ticks the first item
}
