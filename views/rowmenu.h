#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class QAction;
class QMenu;
class QPoint;
class QTableView;

/// The menu of a list's row: the page's actions on a record, in groups, of which it shows those
/// the current record allows now (enabled and permitted). It opens on a right-click on a row, on
/// the Menu key and on Shift+F10, and wherever a page calls openAtCurrentRow() (e.g. on Enter).
/// The actions stay the page's; the menu only lists them, so their shortcuts and permission gates
/// hold in it unchanged.
class RowMenu : public QObject
{
    Q_OBJECT
public:
    explicit RowMenu(QTableView* view);

    /// Adds a group of actions, headed by `section` when it is not empty. Separators are skipped.
    void addGroup(const QList<QAction*>& actions, const QString& section = {});
    /// Opens the menu under the current row, its first entry active; nothing without a current row.
    void openAtCurrentRow();
    /// The menu while it is open, else null.
    QMenu* openMenu() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openAt(const QPoint& viewportPosition);

    QTableView* m_view = nullptr;
    QList<std::pair<QString, QList<QAction*>>> m_groups;
    QPointer<QMenu> m_open;
};
