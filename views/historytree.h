#pragma once

#include <QTreeWidget>

/// A record's History tab: one row per audit entry (when, who, step) with its changed fields as
/// lines below it, readable in a pane a third of the window wide.
class HistoryTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit HistoryTree(QWidget* parent = nullptr);

    /// `change` holds one line per field, as AuditText::change() writes it.
    void addEntry(const QString& when, const QString& who, const QString& step, const QString& change);
    /// Says why the history could not be read, in place of the entries.
    void addError(const QString& message);
    /// Fits the columns to the entries added since the last clear().
    void fitColumns();
};
