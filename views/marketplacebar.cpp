#include "marketplacebar.h"

#include "marketplaceconnector.h"
#include "storageerror.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

MarketplaceBar::MarketplaceBar(MarketplaceConnector& connector, std::function<QStringList()> selectedIds,
                               QWidget* parent)
    : QWidget(parent)
    , m_connector(connector)
    , m_selectedIds(std::move(selectedIds))
    , m_status(new QLabel(this))
{
    auto* menu = new QMenu(tr("Marketplace"), this);
    m_pull = menu->addAction(tr("Pull requests now"), &m_connector, &MarketplaceConnector::pullNow);
    m_pull->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    m_pull->setShortcutContext(Qt::WindowShortcut);
    m_send = menu->addAction(tr("Send waiting results now"), &m_connector, &MarketplaceConnector::pushNow);
    m_retry = menu->addAction(tr("Retry refused results of the selected requests"), this,
                              &MarketplaceBar::retrySelected);
    auto* button = new QToolButton(this);
    button->setText(tr("Marketplace"));
    button->setToolTip(tr("Alibaba Cloud Marketplace: pull requests (Ctrl+Shift+M), send results"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    addAction(m_pull);
    m_status->setObjectName(QStringLiteral("marketplaceStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button);
    layout->addWidget(m_status);

    connect(&m_connector, &MarketplaceConnector::stateChanged, this, &MarketplaceBar::showState);
    connect(&m_connector, &MarketplaceConnector::pullFinished, this,
            [this](const MarketplaceSync::Report& report) {
                m_lastOutcome = report.error.isEmpty()
                    ? tr("Pulled at %1: %n new", nullptr, report.added)
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")))
                        + tr(", %n changed", nullptr, report.updated)
                    : report.error;
                showState();
            });
    connect(&m_connector, &MarketplaceConnector::pushesIdle, this, &MarketplaceBar::showState);
    showState();
}

void MarketplaceBar::showState()
{
    const MarketplaceConnector::State state = m_connector.state();
    const bool configured = state != MarketplaceConnector::State::NotConfigured;
    m_pull->setEnabled(state == MarketplaceConnector::State::Idle);
    m_send->setEnabled(configured);
    m_retry->setEnabled(configured);
    QString text;
    if (!configured) {
        text = tr("No marketplace connected (Settings ▸ Marketplace)");
    } else if (state == MarketplaceConnector::State::Pulling) {
        text = tr("Pulling from the marketplace…");
    } else {
        text = m_lastOutcome.isEmpty() ? tr("Marketplace connected") : m_lastOutcome;
        try {
            const MarketplaceService::SyncStatus status
                = m_connector.service().syncStatus(QString::fromLatin1(AlibabaMarketplace::providerKey));
            if (status.pendingPushes > 0)
                text += tr(" · %n result(s) waiting to send", nullptr, status.pendingPushes);
            if (status.failedPushes > 0)
                text += tr(" · %n refused", nullptr, status.failedPushes);
        } catch (const StorageError& error) {
            text += QStringLiteral(" · ") + error.userMessage();
        }
    }
    const bool problem = !m_connector.lastError().isEmpty() && configured;
    m_status->setText(text);
    m_status->setToolTip(problem ? m_connector.lastError() : QString());
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void MarketplaceBar::retrySelected()
{
    try {
        if (m_connector.retryFailed(m_selectedIds()) == 0)
            QMessageBox::information(this, tr("Marketplace"),
                                     tr("None of the selected requests has a refused result."));
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Marketplace"), error.userMessage());
    }
}
