#pragma once

#include "fieldmerge.h"

#include <QDialog>

#include <optional>

class QTableWidget;

/// Someone else saved the record while the user edited it: their version and the user's side by
/// side, fields both changed marked. The user reloads theirs (dropping the own changes), takes
/// theirs plus the own changes where they do not collide (and saves again), or goes back to
/// the form unchanged.
///
/// A workflow step (issuing an invoice, a delivery step, a refund decision, …) is shown the same
/// way, "yours" being the record as the step would leave it. A step is all or nothing, so it can
/// only be applied to their version when no field collides.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Reload, Merge };
    enum class Mode { Form, Step };

    /// What a form shows after the user chose: the values for its fields and a line saying what
    /// to do next. `reapplied` names the fields where the user's own value stays (a merge).
    struct Resolution
    {
        QHash<QString, QString> values;
        QString note;
        QStringList reapplied;
    };

    /// Runs the dialog over a form whose save hit a newer version. `base` is what the form
    /// started from, `theirs` what is saved now, `mine` what the form holds; values are the texts
    /// the form shows (a combo box's text, not its key). Nothing when the user cancelled: the form
    /// stays as it is.
    static std::optional<Resolution> resolve(const QList<std::pair<QString, QString>>& fields,
                                             const QHash<QString, QString>& base,
                                             const QHash<QString, QString>& theirs,
                                             const QHash<QString, QString>& mine, QWidget* parent);

    /// The same for a workflow step; `mine` is the record as the step would leave it. Without
    /// `stepAllowed` their version no longer allows the step, which marks the first field (the
    /// record's status) as colliding.
    static Choice decideStep(const QList<std::pair<QString, QString>>& fields,
                             const QHash<QString, QString>& base, const QHash<QString, QString>& theirs,
                             const QHash<QString, QString>& mine, bool stepAllowed, QWidget* parent);

    /// `fields` are (key, label) in display order.
    ConflictDialog(const QList<std::pair<QString, QString>>& fields, const QHash<QString, QString>& base,
                   const QHash<QString, QString>& theirs, const QHash<QString, QString>& mine,
                   Mode mode = Mode::Form, bool stepAllowed = true, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    const FieldMerge::Result& merge() const { return m_merge; }
    /// False for a step that collides with their change: it cannot be applied to their version.
    bool mergeAllowed() const { return m_mergeAllowed; }
    QTableWidget* table() const { return m_table; }
    /// Merge is ignored while it is not allowed.
    void choose(Choice choice);

private:
    FieldMerge::Result m_merge;
    bool m_mergeAllowed = true;
    Choice m_choice = Choice::Cancel;
    QTableWidget* m_table = nullptr;
};
