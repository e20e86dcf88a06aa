#include "emptylistnotice.h"

#include <QAbstractScrollArea>
#include <QEvent>

EmptyListNotice::EmptyListNotice(QAbstractScrollArea* list)
    : QLabel(list->viewport())
{
    setObjectName(QStringLiteral("emptyListNotice"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(24);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    setGeometry(list->viewport()->rect());
    list->viewport()->installEventFilter(this);
    hide();
}

void EmptyListNotice::showText(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

bool EmptyListNotice::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == parent())
        setGeometry(static_cast<QWidget*>(watched)->rect());
    return QLabel::eventFilter(watched, event);
}
