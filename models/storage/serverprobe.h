#pragma once

#include "database.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

/// Finds out, without blocking, whether anything accepts a TCP connection at a PostgreSQL URL's
/// host and port. libpq blocks its thread for up to the connection timeout when a server does not
/// answer; probing first keeps the window painting meanwhile and lets the user cancel. A probe
/// that ends with the server's answer closes its connection at once.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(std::chrono::milliseconds timeout = Database::connectTimeout,
                         QObject* parent = nullptr);

    /// Starts probing. finished() follows from the event loop: with an empty error when the
    /// server answered or `url` names an SQLite file or a list of hosts, otherwise saying why
    /// not (translated).
    void start(const DatabaseUrl& url);
    /// Probes `url` while a local event loop runs, so that the windows keep painting and a
    /// cancel() (e.g. from a Cancel button) ends the wait; returns finished()'s error, or that
    /// the wait was cancelled.
    QString waitFor(const DatabaseUrl& url);
    /// Gives up the probe under way: cancelled() follows instead of finished().
    void cancel();
    bool isProbing() const { return m_probing; }

    /// The same question, blocking the calling thread for `limit` at most: true when the server
    /// accepted the connection, or `url` names an SQLite file or a list of hosts.
    static bool answersWithin(const DatabaseUrl& url, std::chrono::milliseconds limit);

signals:
    void finished(const QString& error);
    void cancelled();

private:
    void stop();
    void finish(const QString& error);
    QString address() const;

    std::chrono::milliseconds m_timeout;
    DatabaseUrl m_url;
    QTcpSocket m_socket;
    QTimer m_deadline;
    bool m_probing = false;
};
