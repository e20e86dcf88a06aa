#include "databasefailuredialog.h"

#include "connectiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DatabaseFailureDialog::DatabaseFailureDialog(const DatabaseUrl& failed, const QString& source,
                                             const QString& error, const QString& savedOverriddenBy,
                                             QWidget* parent)
    : QDialog(parent)
    , m_failed(failed)
    , m_retry(new QPushButton(tr("&Try again")))
    , m_change(new QPushButton(tr("&Change connection…")))
    , m_quit(new QPushButton(tr("&Quit")))
{
    setWindowTitle(tr("MarketDesk"));
    auto* icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    auto* heading = new QLabel(tr("<b>MarketDesk cannot open the database %1</b> (from %2).")
                                   .arg(failed.toString().toHtmlEscaped(), source.toHtmlEscaped()));
    heading->setWordWrap(true);
    auto* reason = new QLabel(error);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* advice = new QLabel(
        savedOverriddenBy.isEmpty()
            ? tr("Try again once the server or the network is back, or choose another database, which "
                 "is also saved in Settings for later starts.")
            : tr("Try again once the server or the network is back, or choose another database for "
                 "this start; it is also saved in Settings for a start without %1.")
                  .arg(savedOverriddenBy));
    advice->setObjectName(QStringLiteral("advice"));
    advice->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_retry, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_change, QDialogButtonBox::ActionRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    m_retry->setDefault(true);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_next = m_failed;
        accept();
    });
    connect(m_change, &QPushButton::clicked, this, &DatabaseFailureDialog::changeConnection);
    connect(m_quit, &QPushButton::clicked, this, &DatabaseFailureDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(reason);
    text->addWidget(advice);
    auto* message = new QHBoxLayout;
    message->addWidget(icon, 0, Qt::AlignTop);
    message->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(message);
    layout->addWidget(buttons);
    // Wide enough for a server's message in a few lines; as tall as the wrapped text then needs.
    for (QLabel* label : {heading, reason, advice})
        label->setMinimumWidth(480);
    adjustSize();
}

void DatabaseFailureDialog::changeConnection()
{
    ConnectionDialog connection(m_failed, this);
    if (connection.exec() != QDialog::Accepted)
        return;
    m_next = connection.url();
    m_password = connection.password();
    if (m_next)
        accept();
}
