#pragma once

#include "fieldmerge.h"

#include <QDialog>

#include <optional>

class QTableWidget;

/// Someone else saved the record while the user edited it: their version and the user's side by
/// side, fields both changed marked. The user reloads theirs (dropping the own changes), takes
/// theirs plus the own changes where they do not collide (and saves again), or goes back to
/// the form unchanged.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Reload, Merge };

    /// What a form shows after the user chose: the values for its fields and a line saying what
    /// to do next.
    struct Resolution
    {
        QHash<QString, QString> values;
        QString note;
    };

    /// Runs the dialog over a form whose save hit a newer version. `base` is what the form
    /// started from, `theirs` what is saved now, `mine` what the form holds; values are the texts
    /// the form shows (a combo box's text, not its key). Nothing when the user cancelled: the form
    /// stays as it is.
    static std::optional<Resolution> resolve(const QList<std::pair<QString, QString>>& fields,
                                             const QHash<QString, QString>& base,
                                             const QHash<QString, QString>& theirs,
                                             const QHash<QString, QString>& mine, QWidget* parent);

    /// `fields` are (key, label) in display order.
    ConflictDialog(const QList<std::pair<QString, QString>>& fields, const QHash<QString, QString>& base,
                   const QHash<QString, QString>& theirs, const QHash<QString, QString>& mine,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    const FieldMerge::Result& merge() const { return m_merge; }
    QTableWidget* table() const { return m_table; }
    void choose(Choice choice);

private:
    FieldMerge::Result m_merge;
    Choice m_choice = Choice::Cancel;
    QTableWidget* m_table = nullptr;
};
