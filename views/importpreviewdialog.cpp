#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// What going on does and what is left alone, for the line under the summary.
QString nextStep(const ImportOutcome& checked)
{
    if (checked.imported == 0)
        return checked.rejected == 0
            ? ImportPreviewDialog::tr("There is nothing new to import.")
            : ImportPreviewDialog::tr("There is nothing new to import. You can save the bad lines to fix "
                                      "them later.");
    if (checked.rejected > 0)
        return ImportPreviewDialog::tr("Nothing is imported while a line is bad. You can import the good "
                                       "lines and save the bad ones to fix them later.");
    return checked.alreadyKnown > 0
        ? ImportPreviewDialog::tr("Nothing is written yet. The lines already known are left out.")
        : ImportPreviewDialog::tr("Nothing is written yet.");
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const ImportOutcome& checked,
                                         QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary(checked)))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    auto* next = new QLabel(nextStep(checked));
    next->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(next);
    if (!checked.badLines.isEmpty()) {
        QStringList lines;
        lines.reserve(checked.badLines.size());
        for (const ImportBadLine& bad : checked.badLines)
            lines << describe(bad);
        m_badLines = new QPlainTextEdit(lines.join(QLatin1Char('\n')));
        m_badLines->setReadOnly(true);
        m_badLines->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto* badLabel = new QLabel(tr("&Bad lines:"));
        badLabel->setBuddy(m_badLines);
        layout->addWidget(badLabel);
        layout->addWidget(m_badLines, 1);
    }

    auto* buttons = new QDialogButtonBox;
    QPushButton* defaultButton = nullptr;
    if (checked.imported > 0 && checked.rejected == 0) {
        m_proceed = buttons->addButton(tr("&Import %Ln new line(s)", nullptr, checked.imported),
                                       QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel);
        defaultButton = m_proceed;
    } else {
        if (checked.rejected > 0)
            m_proceed = buttons->addButton(checked.imported > 0
                                               ? tr("Import the &good lines and save the bad ones…")
                                               : tr("&Save the bad lines…"),
                                           QDialogButtonBox::AcceptRole);
        defaultButton = buttons->addButton(checked.imported > 0 ? tr("Import &nothing") : tr("Close"),
                                           QDialogButtonBox::RejectRole);
    }
    defaultButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    layout->addWidget(buttons);
    // Enter takes the default even from the list of bad lines.
    defaultButton->setFocus();
    resize(m_badLines ? QSize(640, 420) : sizeHint().expandedTo(QSize(420, 0)));
}

QString ImportPreviewDialog::summary(const ImportOutcome& checked)
{
    QStringList parts {tr("%Ln new line(s)", nullptr, checked.imported)};
    if (checked.alreadyKnown > 0)
        parts << tr("%Ln line(s) already known", nullptr, checked.alreadyKnown);
    if (checked.rejected > 0)
        parts << tr("%Ln bad line(s)", nullptr, checked.rejected);
    return QLocale().createSeparatedList(parts);
}

QString ImportPreviewDialog::describe(const ImportBadLine& bad)
{
    return tr("Line %1: %2").arg(bad.line).arg(bad.reason);
}
