#pragma once

#include "backgroundwriter.h"
#include "databaseurl.h"
#include "dialect.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct sqlite3;

/// One open connection to the database a DatabaseUrl names. Owns a uniquely named
/// QSqlDatabase connection; use it only from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// Asked for a password when the server wants one that libpq could not find. Receives the
    /// server's message; returns nothing when the user cancels.
    using PasswordPrompt
        = std::function<std::optional<QString>(const DatabaseUrl&, const QString& serverMessage)>;

    explicit Database(const DatabaseUrl& url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Connects. SQLite: creates the file and its folder, WAL journal, foreign keys on, 5 s busy
    /// timeout. PostgreSQL: UTF-8, UTC session, the URL's schema created if missing and put
    /// first on the search path. Returns a translated error, empty on success.
    QString open(const PasswordPrompt& prompt = {});
    bool isOpen() const;
    /// A second connection to the same database, opened with this one's password: for a worker
    /// thread, since a connection belongs to the thread that opened it. Null, with `error` set
    /// (translated), when it cannot be opened.
    std::unique_ptr<Database> openAnother(QString* error) const;

    const DatabaseUrl& url() const { return m_url; }
    const Dialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const { return m_connection; }
    /// The driver's own handle, for what Qt's drivers do not offer (virtual tables, COPY,
    /// cancelling a statement); null on the other backend or when not open.
    sqlite3* sqliteHandle() const;
    pg_conn* postgresHandle() const;

    /// After a statement failed with `failure` outside a transaction: when the PostgreSQL
    /// connection is gone (the server restarted, the network dropped) and the server accepts a
    /// TCP connection within reachLimit, reconnects with reconnectTimeout. True when it
    /// reconnected; false when the connection is fine (the failure was the statement's own) or
    /// cannot be restored yet.
    bool restoreIfLost(const QSqlError& failure);
    /// Connects the PostgreSQL connection again with the same password and session settings,
    /// libpq waiting `timeout` at most, and tells the reconnect listeners. False when it could not.
    bool reconnect(std::chrono::seconds timeout = connectTimeout);
    /// Whether this PostgreSQL connection is gone and not restored (yet): a failure now comes
    /// from the server being out of reach, not from the statement. False on SQLite.
    bool hasLostConnection() const;
    /// The cause a StorageError thrown now has: LostConnection when hasLostConnection().
    StorageError::Cause failureCause() const
    {
        return hasLostConnection() ? StorageError::Cause::LostConnection : StorageError::Cause::Statement;
    }
    /// Whether `failure` may come from a lost connection: it has no SQLSTATE (libpq's own
    /// errors), or one of class 08 (connection exception) or 57P01–57P03 (the server ending the
    /// session). Any other SQLSTATE is the statement's own, e.g. a cancelled statement (57014),
    /// whose session is fine: probing it could even be cancelled by a cancel still being sent.
    static bool mayMeanLostConnection(const QSqlError& failure);
    /// After a large write on SQLite: copies the whole write-ahead log back into the database
    /// file before returning, waiting up to `limit` for readers on other connections that still
    /// use an older snapshot. The commit's own automatic checkpoint stops at such a reader, and
    /// the next commit on any connection — often the window's — would then copy the rest (a
    /// second or more after a 50,000-line import into a million requests). Nothing on PostgreSQL.
    void settleWal(std::chrono::milliseconds limit = std::chrono::seconds(3));
    /// How long a PostgreSQL server has to answer a connection (libpq's connect_timeout).
    static constexpr std::chrono::seconds connectTimeout {10};
    /// How long a PostgreSQL connection waits for a server that went silent (the network dropped,
    /// the host is gone) before it counts as lost, idle or not: without libpq's keepalives and
    /// tcp_user_timeout, Linux gives up on an unanswered write after ~15 minutes and on an idle
    /// connection after 2 hours, and the statement waiting meanwhile holds its thread.
    static constexpr std::chrono::seconds silenceLimit {20};
    /// How long restoreIfLost() waits for the server to accept a TCP connection before it lets
    /// libpq connect: a server that does not answer then costs this, not connectTimeout.
    static constexpr std::chrono::milliseconds reachLimit {300};
    /// How long libpq may take over a reconnection that restoreIfLost() makes on the thread of a
    /// statement, after the server accepted the TCP connection: something that accepts it but
    /// never completes the start-up (a hung server) costs this, not connectTimeout. libpq's
    /// shortest.
    static constexpr std::chrono::seconds reconnectTimeout {2};
    /// Called after each reconnection, e.g. to listen for notifications again.
    void addReconnectListener(const std::function<void()>& listener)
    {
        m_reconnectListeners.append(listener);
    }

    /// Queues `work` for this connection's helper thread and returns at once, so the caller
    /// prepares the next batch while the database writes this one (BatchInserter on SQLite).
    /// `work` may use the driver handle only and returns an error text, empty on success; work
    /// runs in the order it was queued. Every statement through Query or Transaction waits for all
    /// of it first; the first wait after a piece failed throws its error.
    BackgroundWriter::Ticket runInBackground(std::function<QString()> work);
    /// Waits for all background work; throws StorageError with its error when a piece failed.
    void awaitBackground();
    /// Waits for the background work up to `ticket`; throws like awaitBackground().
    void awaitBackground(BackgroundWriter::Ticket ticket);
    /// Waits for all background work and keeps its error for the next awaitBackground().
    void finishBackground() noexcept;
    /// Waits for all background work and drops its error: before everything is rolled back.
    void abandonBackground() noexcept;

    /// Transaction nesting depth, kept by Transaction.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    QString configureSqlite();
    QString configurePostgres();
    /// libpq's options: `timeout` to connect, keepalives and tcp_user_timeout by silenceLimit.
    void setPostgresOptions(std::chrono::seconds timeout);

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_connection;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_reconnectListeners;
    std::unique_ptr<BackgroundWriter> m_background; ///< started by the first runInBackground()
};
