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
        m_mergeAllowed = conflict->mergeAllowed();
        ++m_answered;
        conflict->choose(m_choice == ConflictDialog::Choice::Merge && !m_mergeAllowed
                             ? ConflictDialog::Choice::Cancel
                             : m_choice);
    } else if (auto* other = qobject_cast<QDialog*>(modal)) {
        m_unexpected << other->windowTitle();
        other->reject();
    }
}
