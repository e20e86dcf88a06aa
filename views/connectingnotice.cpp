#include "connectingnotice.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>

ConnectingNotice::ConnectingNotice(QWidget* parent)
    : QLabel(parent, Qt::SplashScreen)
{
    setWindowTitle(tr("MarketDesk"));
    setMargin(24);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setTextFormat(Qt::PlainText);
}

void ConnectingNotice::showFor(const DatabaseUrl& url)
{
    if (url.backend() != DatabaseUrl::Backend::Postgres) {
        hide();
        return;
    }
    setText(tr("MarketDesk is connecting to %1…").arg(url.toString()));
    // Not adjustSize(), which keeps a window within two thirds of the screen's width and so cut
    // a long URL on a small screen.
    resize(sizeHint());
    if (const QScreen* primary = QGuiApplication::primaryScreen())
        move(primary->availableGeometry().center() - rect().center());
    show();
    QCoreApplication::processEvents();
    repaint();
}
