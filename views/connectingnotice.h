#pragma once

#include "databaseurl.h"

#include <QLabel>

/// A small window saying which server MarketDesk is connecting to at start. Connecting blocks the
/// thread and takes up to the connection timeout (10 s) when a team server does not answer; without
/// it nothing would show meanwhile. Painted at once when shown, since no event loop runs until the
/// connection is made. An SQLite file opens at once and gets no notice.
class ConnectingNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectingNotice(QWidget* parent = nullptr);

    /// Shows the notice for a PostgreSQL URL; hides it for an SQLite one.
    void showFor(const DatabaseUrl& url);
};
