#pragma once

#include "databaseurl.h"

#include <QFrame>

class QLabel;
class QPushButton;

/// A small window saying which server MarketDesk is connecting to at start, with a Cancel button
/// (also Esc or closing the window) for a server that does not answer. An SQLite file opens at
/// once and gets no notice.
class ConnectingNotice : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectingNotice(QWidget* parent = nullptr);

    /// Shows the notice for a PostgreSQL URL, painted at once, since opening the connection
    /// blocks the event loop; hides it for an SQLite one.
    void showFor(const DatabaseUrl& url);
    QString text() const;
    QLabel* message() const { return m_message; }

signals:
    /// The user gave up waiting.
    void cancelled();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_message = nullptr;
    QPushButton* m_cancel = nullptr;
};
