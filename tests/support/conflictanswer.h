#pragma once

#include "conflictdialog.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

/// Answers the ConflictDialog a save opens, which is modal and so out of the test's reach while
/// it runs: while this object lives, a timer picks `choice` in each ConflictDialog that shows (Cancel
/// where Merge is not allowed) and notes what it showed; any other modal dialog is closed and its
/// title noted as unexpected.
class ConflictAnswer : public QObject
{
    Q_OBJECT
public:
    explicit ConflictAnswer(ConflictDialog::Choice choice);

    /// Rows of the last ConflictDialog answered; 0 when none showed.
    int rows() const { return m_rows; }
    /// Fields both sides changed, as the last ConflictDialog marked them.
    QStringList collisions() const { return m_collisions; }
    /// Whether the last ConflictDialog answered allowed Merge.
    bool mergeAllowed() const { return m_mergeAllowed; }
    /// How many ConflictDialogs were answered.
    int answered() const { return m_answered; }
    /// Titles of other dialogs that showed meanwhile.
    QStringList unexpected() const { return m_unexpected; }

private:
    void answer();

    ConflictDialog::Choice m_choice;
    QTimer m_timer;
    int m_rows = 0;
    int m_answered = 0;
    bool m_mergeAllowed = false;
    QStringList m_collisions;
    QStringList m_unexpected;
};
