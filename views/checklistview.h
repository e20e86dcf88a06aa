#pragma once

#include "applicationrepository.h"

#include <QTableView>

class ChecklistModel;

/// The table a reviewer works a checklist in (entry conditions, listing checks): conditions
/// wrapped to the width, Space ticks, typing or F2 edits the note, and the current item stays
/// current while the checks are stored and shown again.
class ChecklistView : public QTableView
{
    Q_OBJECT
public:
    /// Whether the column naming each condition's market is shown: checklists that span several
    /// markets show it.
    enum class MarketColumn { Shown, Hidden };

    explicit ChecklistView(MarketColumn marketColumn, QWidget* parent = nullptr);

    ChecklistModel* checklist() const { return m_checklist; }
    /// Shows `checks`, editable or not, keeping the current cell; an editable list without one
    /// starts on the first item's tick.
    void showChecks(const QList<ApplicationRepository::Check>& checks, bool editable);

private:
    ChecklistModel* m_checklist;
};
