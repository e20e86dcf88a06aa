#pragma once

#include "database.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>

class QSocketNotifier;

/// Finds out, without blocking, whether a PostgreSQL server answers at a URL: it goes through
/// libpq's connection start-up with libpq's non-blocking calls, on the calling thread's event
/// loop. libpq's own connect blocks its thread for up to the connection timeout when a server
/// does not answer, or when something accepts the TCP connection but never completes the
/// start-up (a hung server, a proxy with no server behind it); probing first keeps the window
/// painting meanwhile and lets the user cancel. The server has answered when the start-up ends
/// either way after the TCP connection was made: a refused password is an answer too, and the
/// connection that follows the probe says it. A probe that ends closes its connection at once.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(std::chrono::milliseconds timeout = Database::connectTimeout,
                         QObject* parent = nullptr);
    ~ServerProbe() override;

    /// Starts probing, with `password` when it is known (so that the server does not log a
    /// failed login for each probe). finished() follows from the event loop: with an empty error
    /// when the server answered or `url` names an SQLite file or a list of hosts, otherwise
    /// saying why not (translated).
    void start(const DatabaseUrl& url, const QString& password = {});
    /// Probes `url` while a local event loop runs, so that the windows keep painting and a
    /// cancel() (e.g. from a Cancel button) ends the wait; returns finished()'s error, or that
    /// the wait was cancelled.
    QString waitFor(const DatabaseUrl& url);
    /// Gives up the probe under way: cancelled() follows instead of finished().
    void cancel();
    bool isProbing() const { return m_probing; }

    /// Whether anything accepts a TCP connection at the server's host and port, blocking the
    /// calling thread for `limit` at most: true when it did, or `url` names an SQLite file or a
    /// list of hosts.
    static bool answersWithin(const DatabaseUrl& url, std::chrono::milliseconds limit);

signals:
    void finished(const QString& error);
    void cancelled();

private:
    /// Starts libpq's connection to the addresses the host name stands for.
    void connectTo(const QList<QHostAddress>& addresses);
    /// Takes libpq's start-up one step further; called when its socket is ready.
    void advance();
    /// Waits for libpq's socket to be ready in the direction of libpq's last step.
    void watch(int step);
    void stopWatching();
    void stop();
    void finish(const QString& error);
    QString address() const;

    std::chrono::milliseconds m_timeout;
    DatabaseUrl m_url;
    QString m_password;
    QTimer m_deadline;
    bool m_probing = false;
    /// Counts the probes started, so that a host lookup of a probe given up is ignored.
    quint64 m_attempt = 0;
    pg_conn* m_connection = nullptr;
    /// Whether libpq's TCP connection was made, as of its last step.
    bool m_connected = false;
    QSocketNotifier* m_socketReady = nullptr;
};
