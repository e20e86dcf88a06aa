#include "conflictanswer.h"

#include <QApplication>
#include <QTableWidget>

ConflictAnswer::ConflictAnswer(ConflictDialog::Choice choice)
    : m_choice(choice)
{
    connect(&m_timer, &QTimer::timeout, this, &ConflictAnswer::answer);
    m_timer.start(20);
}

void ConflictAnswer::answer()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (auto* conflict = qobject_cast<ConflictDialog*>(modal)) {
        m_rows = conflict->table()->rowCount();
        m_collisions = conflict->merge().collisions;
        conflict->choose(m_choice);
    } else if (auto* other = qobject_cast<QDialog*>(modal)) {
        m_unexpected << other->windowTitle();
        other->reject();
    }
}
