#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;
class QTimer;

/// A horizontal header with a filter box above each column, kept aligned with the sections while
/// they are resized, moved or scrolled. Typing is debounced (250 ms) before filterChanged().
class FilterHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QWidget* parent = nullptr);

    /// Creates one box per column; call after the model is set.
    void setColumnCount(int count);
    void setFilterText(int column, const QString& text);
    QString filterText(int column) const;
    /// Marks a box as unreadable with the reason as its tooltip; an empty reason clears it.
    void setFilterError(int column, const QString& reason);
    QLineEdit* editor(int column) const { return m_editors.value(column); }

    QSize sizeHint() const override;
    /// Re-aligns the boxes with their sections, e.g. after the view scrolled horizontally.
    void adjustPositions();

signals:
    void filterChanged(int column, const QString& text);

protected:
    void updateGeometries() override;
    /// Enter in a box has applied its filter; the box passes the key on (as a line edit does, for
    /// a dialog's default button), and the list under it would take it as Enter on its current row.
    void keyPressEvent(QKeyEvent* event) override;
    /// Tab and Shift+Tab in a box go to the next or previous box in the order the columns are
    /// shown, scrolled into view, and from the last box into the list; left to the list under the
    /// header (which takes Tab to move its current cell) the focus would stay in the box.
    bool focusNextPrevChild(bool next) override;

private:
    QList<QLineEdit*> m_editors;
    QTimer* m_debounce = nullptr;
    int m_pendingColumn = -1;
};
