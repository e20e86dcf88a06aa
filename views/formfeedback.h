#pragma once

#include "writeoutcome.h"

#include <QCoreApplication>
#include <QHash>

class QLabel;
class QWidget;

/// Shows a service's answer in a dialog: each field error beside its widget (red frame and tool
/// tip) and all of them in the problems label; conflicts and failures in a message box.
class FormFeedback
{
    Q_DECLARE_TR_FUNCTIONS(FormFeedback)
public:
    FormFeedback(QWidget* dialog, QLabel* problems);

    /// A word-wrapped label for the `problems` of a form (the constructor gives it its colour).
    static QLabel* createProblemsLabel();

    /// The widget that shows the field `key` of FieldError::field; with a `label` (mnemonic '&'
    /// allowed) the problems list names the field.
    void addField(const QString& key, QWidget* editor, const QString& label = {});
    void showErrors(const FieldErrors& errors);
    /// Shows `note` in the problems label, e.g. what resolving a conflict did.
    void showNote(const QString& note);
    /// The labelled fields in the order they were added, as (key, plain label), e.g. for the
    /// side-by-side ConflictDialog.
    QList<std::pair<QString, QString>> labelledFields() const;
    void clear();
    /// True when the outcome is a success; otherwise shows why and returns false.
    bool report(const WriteOutcome& outcome);

private:
    QWidget* m_dialog;
    QLabel* m_problems;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_labels;
    QStringList m_labelOrder;
};
