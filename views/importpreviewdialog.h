#pragma once

#include "importoutcome.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// What a checked file would bring, before anything is written: how many lines are new, already
/// known and bad, and every bad line with its line number and reason. Without bad lines the
/// default button imports the new lines; with bad lines the default imports nothing, and an
/// explicit choice imports the good lines and saves the bad ones to a file. A file with nothing
/// new offers only to save its bad lines. Accepted means: go on as proceedButton() says.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString& fileName, const ImportOutcome& checked, QWidget* parent = nullptr);

    /// e.g. "212 new lines, 38 lines already known, and 2 bad lines".
    static QString summary(const ImportOutcome& checked);
    /// "Line 17: why", as listed here and written into the file of bad lines.
    static QString describe(const ImportBadLine& bad);

    QLabel* summaryLabel() const { return m_summary; }
    /// Imports the new lines, saving the bad ones first when there are any; with nothing new it
    /// only saves the bad lines. Null when there is nothing to do but close.
    QPushButton* proceedButton() const { return m_proceed; }
    /// Every bad line; null when there is none.
    QPlainTextEdit* badLinesView() const { return m_badLines; }

private:
    QLabel* m_summary = nullptr;
    QPushButton* m_proceed = nullptr;
    QPlainTextEdit* m_badLines = nullptr;
};
