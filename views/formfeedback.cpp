#include "formfeedback.h"

#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

FormFeedback::FormFeedback(QWidget* dialog, QLabel* problems)
    : m_dialog(dialog)
    , m_problems(problems)
{
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->setWordWrap(true);
}

void FormFeedback::addField(const QString& key, QWidget* editor, const QString& label)
{
    m_fields.insert(key, editor);
    // "电话(&P)" and "&Phone" both become the plain label.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));
    if (!label.isEmpty()) {
        m_labels.insert(key, QString(label).remove(mnemonic).trimmed());
        m_labelOrder << key;
    }
}

void FormFeedback::showNote(const QString& note)
{
    m_problems->setText(note);
}

QList<std::pair<QString, QString>> FormFeedback::labelledFields() const
{
    QList<std::pair<QString, QString>> fields;
    for (const QString& key : m_labelOrder)
        fields.append({key, m_labels.value(key)});
    return fields;
}

void FormFeedback::clear()
{
    for (QWidget* editor : std::as_const(m_fields)) {
        editor->setToolTip(QString());
        editor->setStyleSheet(QString());
    }
    m_problems->clear();
}

void FormFeedback::showErrors(const FieldErrors& errors)
{
    clear();
    QStringList messages;
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        const QString label = m_labels.value(error.field);
        messages << (label.isEmpty() ? error.message : tr("%1: %2").arg(label, error.message));
        if (QWidget* editor = m_fields.value(error.field)) {
            editor->setToolTip(error.message);
            editor->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
            if (!first)
                first = editor;
        }
    }
    m_problems->setText(messages.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

bool FormFeedback::report(const WriteOutcome& outcome)
{
    switch (outcome.kind) {
    case WriteOutcome::Kind::Done:
    case WriteOutcome::Kind::AlreadyApplied:
        clear();
        return true;
    case WriteOutcome::Kind::Invalid:
        showErrors(outcome.fieldErrors);
        return false;
    case WriteOutcome::Kind::Conflict:
        QMessageBox::warning(m_dialog, tr("Changed by someone else"), outcome.message);
        return false;
    case WriteOutcome::Kind::Failed:
        QMessageBox::critical(m_dialog, tr("Not saved"),
                              tr("The change could not be saved.\n\n%1").arg(outcome.message));
        return false;
    }
    return false;
}

QLabel* FormFeedback::createProblemsLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    return label;
}
