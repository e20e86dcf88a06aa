#pragma once

#include <QWidget>

#include <functional>

class MarketplaceConnector;
class QLabel;
class QToolButton;

/// The invoice queue's marketplace controls: pull now, send the waiting results, retry refused
/// pushes of the selected requests, and a line saying how the connection stands.
class MarketplaceBar : public QWidget
{
    Q_OBJECT
public:
    /// `selectedIds` gives the ids of the requests selected in the queue.
    MarketplaceBar(MarketplaceConnector& connector, std::function<QStringList()> selectedIds,
                   QWidget* parent = nullptr);

    QAction* pullAction() const { return m_pull; }
    QLabel* statusLabel() const { return m_status; }

private:
    void showState();
    void retrySelected();

    MarketplaceConnector& m_connector;
    std::function<QStringList()> m_selectedIds;
    QAction* m_pull = nullptr;
    QAction* m_send = nullptr;
    QAction* m_retry = nullptr;
    QLabel* m_status = nullptr;
    QString m_lastOutcome;
};
