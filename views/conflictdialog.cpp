#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const QList<std::pair<QString, QString>>& fields,
                               const QHash<QString, QString>& base, const QHash<QString, QString>& theirs,
                               const QHash<QString, QString>& mine, Mode mode, bool stepAllowed,
                               QWidget* parent)
    : QDialog(parent)
    , m_merge(FieldMerge::merge(base, theirs, mine))
    , m_table(new QTableWidget(int(fields.size()), 3))
{
    if (!stepAllowed && !fields.isEmpty() && !m_merge.collisions.contains(fields.constFirst().first))
        m_merge.collisions.prepend(fields.constFirst().first);
    m_mergeAllowed = mode == Mode::Form || m_merge.collisions.isEmpty();
    setWindowTitle(tr("Changed by someone else"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs (saved)"), tr("Yours")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < fields.size(); ++row) {
        const auto& [key, label] = fields.at(row);
        const bool collides = m_merge.collisions.contains(key);
        const bool differs = theirs.value(key) != mine.value(key);
        const QList<QTableWidgetItem*> items {new QTableWidgetItem(label),
                                              new QTableWidgetItem(theirs.value(key)),
                                              new QTableWidgetItem(mine.value(key))};
        for (int column = 0; column < 3; ++column) {
            QFont font = items.at(column)->font();
            font.setBold(differs);
            items.at(column)->setFont(font);
            if (collides)
                items.at(column)->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, items.at(column));
        }
    }
    m_table->resizeColumnsToContents();
    QString text;
    if (mode == Mode::Form)
        text = m_merge.collisions.isEmpty()
            ? tr("Someone else saved this record while you edited it. Your changes touch other fields than "
                 "theirs, so both can be kept.")
            : tr("Someone else saved this record while you edited it. Fields in red were changed by both of "
                 "you; merging keeps theirs there.");
    else if (!stepAllowed)
        text = tr("Someone else saved this record while you worked on it, and their version no longer "
                  "allows your step: reload theirs and decide again.");
    else
        text = m_merge.collisions.isEmpty()
            ? tr("Someone else saved this record while you worked on it, but not the fields your step "
                 "changes: your step can be applied to their version.")
            : tr("Someone else saved this record while you worked on it. Fields in red were changed by "
                 "both: reload theirs and decide again.");
    auto* explanation = new QLabel(text);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* reload = buttons->addButton(tr("&Reload theirs"), QDialogButtonBox::ResetRole);
    QPushButton* merge = buttons->addButton(mode == Mode::Form ? tr("&Theirs plus my changes")
                                                               : tr("&Apply my step to theirs"),
                                            QDialogButtonBox::AcceptRole);
    merge->setEnabled(m_mergeAllowed);
    (m_mergeAllowed ? merge : reload)->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(merge, &QPushButton::clicked, this, [this] { choose(Choice::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void ConflictDialog::choose(Choice choice)
{
    if (choice == Choice::Merge && !m_mergeAllowed)
        return;
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

std::optional<ConflictDialog::Resolution>
ConflictDialog::resolve(const QList<std::pair<QString, QString>>& fields, const QHash<QString, QString>& base,
                        const QHash<QString, QString>& theirs, const QHash<QString, QString>& mine,
                        QWidget* parent)
{
    ConflictDialog dialog(fields, base, theirs, mine, Mode::Form, true, parent);
    dialog.exec();
    switch (dialog.choice()) {
    case Choice::Cancel:
        return std::nullopt;
    case Choice::Reload:
        return Resolution {theirs, tr("Their version is loaded."), {}};
    case Choice::Merge:
        return Resolution {dialog.merge().merged,
                           tr("Their version plus your changes: check and save again."),
                           dialog.merge().reapplied};
    }
    return std::nullopt;
}

ConflictDialog::Choice ConflictDialog::decideStep(const QList<std::pair<QString, QString>>& fields,
                                                  const QHash<QString, QString>& base,
                                                  const QHash<QString, QString>& theirs,
                                                  const QHash<QString, QString>& mine, bool stepAllowed,
                                                  QWidget* parent)
{
    ConflictDialog dialog(fields, base, theirs, mine, Mode::Step, stepAllowed, parent);
    dialog.exec();
    return dialog.choice();
}
