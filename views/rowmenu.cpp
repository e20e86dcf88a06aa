#include "rowmenu.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>

RowMenu::RowMenu(QTableView* view)
    : QObject(view)
    , m_view(view)
{
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
}

void RowMenu::addGroup(const QList<QAction*>& actions, const QString& section)
{
    QList<QAction*> entries;
    for (QAction* action : actions) {
        if (!action->isSeparator())
            entries << action;
    }
    m_groups.append({section, entries});
}

void RowMenu::openAtCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_view->scrollTo(current);
    const QRect cell = m_view->visualRect(current);
    openAt(QPoint(cell.left(), cell.bottom()));
}

QMenu* RowMenu::openMenu() const
{
    return m_open;
}

bool RowMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Menu
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            openAtCurrentRow();
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu) {
        const auto* request = static_cast<QContextMenuEvent*>(event);
        if (request->reason() != QContextMenuEvent::Mouse) {
            openAtCurrentRow();
            return true;
        }
        if (watched == m_view->viewport()) {
            // A right-click has already made the row under it current; below the last row there
            // is no record to act on.
            if (m_view->indexAt(request->pos()).isValid())
                openAt(request->pos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RowMenu::openAt(const QPoint& viewportPosition)
{
    if (m_open)
        m_open->close();
    auto* menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto& [section, actions] : std::as_const(m_groups)) {
        QList<QAction*> applicable;
        for (QAction* action : actions) {
            if (action->isVisible() && action->isEnabled())
                applicable << action;
        }
        if (applicable.isEmpty())
            continue;
        if (!section.isEmpty())
            menu->addSection(section);
        else if (!menu->isEmpty())
            menu->addSeparator();
        menu->addActions(applicable);
    }
    if (menu->isEmpty())
        menu->addAction(tr("Nothing can be done with this record now"))->setEnabled(false);
    m_open = menu;
    menu->popup(m_view->viewport()->mapToGlobal(viewportPosition));
    for (QAction* action : menu->actions()) {
        if (action->isEnabled() && !action->isSeparator()) {
            menu->setActiveAction(action);
            break;
        }
    }
}
