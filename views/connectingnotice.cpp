#include "connectingnotice.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

ConnectingNotice::ConnectingNotice(QWidget* parent)
    : QFrame(parent, Qt::Dialog)
    , m_message(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("MarketDesk"));
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectingNotice::cancelled);
}

void ConnectingNotice::showFor(const DatabaseUrl& url)
{
    if (url.backend() != DatabaseUrl::Backend::Postgres) {
        hide();
        return;
    }
    m_message->setText(tr("MarketDesk is connecting to %1…").arg(url.toString()));
    // Not adjustSize(), which keeps a window within two thirds of the screen's width and so cut
    // a long URL on a small screen.
    resize(sizeHint());
    if (const QScreen* primary = QGuiApplication::primaryScreen())
        move(primary->availableGeometry().center() - rect().center());
    show();
    m_cancel->setFocus();
    QCoreApplication::processEvents();
    repaint();
}

QString ConnectingNotice::text() const
{
    return m_message->text();
}

void ConnectingNotice::closeEvent(QCloseEvent* event)
{
    event->ignore(); // the one who showed it hides it once the wait is over
    emit cancelled();
}

void ConnectingNotice::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        emit cancelled();
    else
        QFrame::keyPressEvent(event);
}
