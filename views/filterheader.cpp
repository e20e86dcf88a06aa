#include "filterheader.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

FilterHeader::FilterHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_debounce(new QTimer(this))
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_pendingColumn >= 0)
            emit filterChanged(m_pendingColumn, filterText(m_pendingColumn));
        m_pendingColumn = -1;
    });
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::adjustPositions);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::adjustPositions);
}

void FilterHeader::setColumnCount(int count)
{
    qDeleteAll(m_editors);
    m_editors.clear();
    for (int column = 0; column < count; ++column) {
        auto* editor = new QLineEdit(this);
        editor->setPlaceholderText(tr("Filter"));
        editor->setClearButtonEnabled(true);
        connect(editor, &QLineEdit::textEdited, this, [this, column] {
            if (m_pendingColumn >= 0 && m_pendingColumn != column)
                emit filterChanged(m_pendingColumn, filterText(m_pendingColumn));
            m_pendingColumn = column;
            m_debounce->start();
        });
        // Enter applies at once; the clear button edits the text without textEdited.
        connect(editor, &QLineEdit::returnPressed, this, [this, column] {
            m_debounce->stop();
            m_pendingColumn = -1;
            emit filterChanged(column, filterText(column));
        });
        connect(editor, &QLineEdit::textChanged, this, [this, column](const QString& text) {
            if (text.isEmpty() && m_pendingColumn != column)
                emit filterChanged(column, text);
        });
        m_editors.append(editor);
        editor->show();
    }
    updateGeometries();
}

void FilterHeader::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QHeaderView::keyPressEvent(event);
}

bool FilterHeader::focusNextPrevChild(bool next)
{
    const int column = int(m_editors.indexOf(qobject_cast<QLineEdit*>(focusWidget())));
    auto* list = qobject_cast<QAbstractItemView*>(parentWidget());
    if (column < 0 || !list)
        return QHeaderView::focusNextPrevChild(next);
    for (int visual = visualIndex(column) + (next ? 1 : -1); visual >= 0 && visual < count();
         visual += next ? 1 : -1) {
        const int target = logicalIndex(visual);
        if (isSectionHidden(target) || !m_editors.value(target))
            continue;
        if (const QModelIndex cell = list->model()->index(std::max(0, list->currentIndex().row()), target);
            cell.isValid())
            list->scrollTo(cell);
        m_editors.at(target)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    list->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void FilterHeader::setFilterText(int column, const QString& text)
{
    if (QLineEdit* editor = m_editors.value(column)) {
        const QSignalBlocker blocker(editor);
        editor->setText(text);
    }
}

QString FilterHeader::filterText(int column) const
{
    const QLineEdit* editor = m_editors.value(column);
    return editor ? editor->text() : QString();
}

void FilterHeader::setFilterError(int column, const QString& reason)
{
    QLineEdit* editor = m_editors.value(column);
    if (!editor)
        return;
    editor->setToolTip(reason);
    editor->setStyleSheet(reason.isEmpty() ? QString()
                                           : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        size.setHeight(size.height() + m_editors.first()->sizeHint().height() + 4);
    return size;
}

void FilterHeader::updateGeometries()
{
    if (!m_editors.isEmpty())
        setViewportMargins(0, 0, 0, m_editors.first()->sizeHint().height() + 4);
    else
        setViewportMargins(0, 0, 0, 0);
    QHeaderView::updateGeometries();
    adjustPositions();
}

void FilterHeader::adjustPositions()
{
    const int top = QHeaderView::sizeHint().height() + 2;
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit* editor = m_editors.at(column);
        editor->setGeometry(sectionViewportPosition(column) + 1, top, sectionSize(column) - 2,
                            editor->sizeHint().height());
        editor->setVisible(!isSectionHidden(column));
    }
}
