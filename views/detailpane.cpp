#include "detailpane.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The width of the widest run of `text` that a line may not break inside, such as a phone
/// number or an e-mail address: a word-wrapped label narrower than that clips the run.
int widestUnbreakableRun(const QFontMetrics& metrics, const QString& text)
{
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    while (breaks.toNextBoundary() != -1) {
        const qsizetype end = breaks.position();
        widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

/// The lines `text` takes in `font` when no line may be wider than `width` pixels.
QStringList linesWithin(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

/// A piece of a label between two places a line had best break, and whether a space stood after it.
struct LabelPiece
{
    QString text;
    bool spaceAfter = false;
};

/// `text` cut after each space (dropped) and each Chinese list or clause mark (、，；：, kept), the
/// places a label's line had best end: "服务人员、时间、质保期" breaks after a 、, not inside 时间.
QList<LabelPiece> preferredPieces(const QString& text)
{
    static const QString clauseMarks = QStringLiteral("、，；：");
    QList<LabelPiece> pieces;
    QString piece;
    for (const QChar character : text) {
        if (character.isSpace()) {
            if (!piece.isEmpty())
                pieces.append({piece, true});
            piece.clear();
            continue;
        }
        piece += character;
        if (clauseMarks.contains(character)) {
            pieces.append({piece, false});
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces.append({piece, false});
    return pieces;
}

/// The width of the widest of `pieces`, the narrowest a label broken only at them can be.
int widestPiece(const QList<LabelPiece>& pieces, const QFontMetrics& metrics)
{
    int widest = 0;
    for (const LabelPiece& piece : pieces)
        widest = std::max(widest, metrics.horizontalAdvance(piece.text));
    return widest;
}

/// `pieces` packed into lines no wider than `width` pixels; empty when one piece alone is wider.
QStringList packedWithin(const QList<LabelPiece>& pieces, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    QString line;
    bool spaceBefore = false;
    for (const LabelPiece& piece : pieces) {
        if (metrics.horizontalAdvance(piece.text) > width)
            return {};
        const QString joined = line.isEmpty()
            ? piece.text
            : line + (spaceBefore ? QStringLiteral(" ") : QString()) + piece.text;
        if (!line.isEmpty() && metrics.horizontalAdvance(joined) > width) {
            lines << line;
            line = piece.text;
        } else {
            line = joined;
        }
        spaceBefore = piece.spaceAfter;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/// `text` broken into as few lines as a `width` pixels wide column allows, each about as long as
/// the others (no lone last word), at spaces and clause marks when those give as few lines.
QString brokenIntoLines(const QString& text, const QFont& font, int width)
{
    const qsizetype lineCount = linesWithin(text, font, width).size();
    const QFontMetrics metrics(font);
    const QList<LabelPiece> pieces = preferredPieces(text);
    const bool preferredBreaksSuffice = packedWithin(pieces, metrics, width).size() == lineCount;
    const auto lineCountAt = [&](int candidate) {
        return preferredBreaksSuffice ? packedWithin(pieces, metrics, candidate).size()
                                      : linesWithin(text, font, candidate).size();
    };
    int narrowest = width;
    for (int step = width / 2; step > 0; step /= 2)
        if (lineCountAt(narrowest - step) == lineCount)
            narrowest -= step;
    return (preferredBreaksSuffice ? packedWithin(pieces, metrics, narrowest)
                                   : linesWithin(text, font, narrowest))
        .join(QLatin1Char('\n'));
}

} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
    , m_scrollArea(new QScrollArea(this))
    , m_content(new QWidget)
    , m_title(new QLabel(m_content))
    , m_notice(new QLabel(m_content))
    , m_rowsHost(new QWidget(m_content))
    , m_form(new QFormLayout(m_rowsHost))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("detailNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 4px; }"));
    m_notice->hide();
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->addWidget(m_title);
    m_contentLayout->addWidget(m_notice);
    m_contentLayout->addWidget(m_rowsHost);
    m_contentLayout->addStretch(1);
    // A record taller than the pane scrolls: in a layout of fixed height the form squeezed every
    // row below its text. Tabbing to a value scrolls it into view, so the area needs no focus.
    m_scrollArea->setWidget(m_content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}

void DetailPane::setRows(const QString& title, const QList<std::pair<QString, QString>>& rows)
{
    m_title->setText(title);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_labels.clear();
    for (const auto& [label, value] : rows) {
        auto* valueLabel = new QLabel(value);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setWordWrap(true);
        // Top, level with its label: the form may give a wrapped value a line more than it takes.
        valueLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        valueLabel->setMinimumWidth(widestUnbreakableRun(valueLabel->fontMetrics(), value));
        auto* labelLabel = new QLabel;
        labelLabel->setTextFormat(Qt::PlainText);
        labelLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_labels.append({labelLabel, label});
        m_form->addRow(labelLabel, valueLabel);
        // Now, not when the layout would show them: a hidden label has no width in the minimum.
        labelLabel->show();
        valueLabel->show();
    }
    m_rowsHost->setVisible(!rows.isEmpty());
    breakLongLabels();
}

bool DetailPane::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport, not the pane: it also narrows when the vertical scroll bar appears.
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize)
        breakLongLabels();
    return QWidget::eventFilter(watched, event);
}

void DetailPane::breakLongLabels()
{
    // A label as long as "Service staff, hours, warranty" would set the width of the whole label
    // column and push the values of other rows below their labels; it gets the room the widest
    // unbreakable value leaves (at least its widest word or clause) and breaks into lines beyond. Broken by
    // hand: QFormLayout gives a word-wrapped label no more height.
    const QMargins outer = m_contentLayout->contentsMargins();
    const QMargins inner = m_form->contentsMargins();
    int widestValue = 0;
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (const QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole))
            widestValue = std::max(widestValue, field->widget()->minimumWidth());
    const int room = m_scrollArea->viewport()->width() - outer.left() - outer.right() - inner.left()
        - inner.right() - std::max(0, m_form->horizontalSpacing()) - widestValue;
    for (const auto& [label, text] : std::as_const(m_labels)) {
        const int widest = std::max(widestPiece(preferredPieces(text), label->fontMetrics()), room);
        label->setText(brokenIntoLines(text, label->font(), widest));
    }
    keepContentsWide();
}

void DetailPane::keepContentsWide()
{
    // The pane is as narrow as its contents may be, as it was before it scrolled: a splitter
    // dragged further would cut off an e-mail address at the viewport's edge.
    m_scrollArea->setMinimumWidth(m_content->minimumSizeHint().width()
                                  + m_scrollArea->verticalScrollBar()->sizeHint().width());
}

void DetailPane::showMessage(const QString& message)
{
    setRows(message, {});
    setNotice({});
}

void DetailPane::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString DetailPane::notice() const
{
    return m_notice->text();
}

void DetailPane::addFooter(QWidget* footer)
{
    m_contentLayout->insertWidget(m_contentLayout->count() - 1, footer);
    keepContentsWide();
}
