#include "database.h"

#include "serverprobe.h"
#include "storageerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

namespace {

QString execAll(QSqlDatabase& connection, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(connection);
        if (!query.exec(sql))
            return QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    }
    return {};
}

bool asksForPassword(const QString& message)
{
    return message.contains(QStringLiteral("password"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(const DatabaseUrl& url)
    : m_url(url)
    , m_dialect(url.backend())
    , m_connectionName(QStringLiteral("marketdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    abandonBackground();
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

BackgroundWriter::Ticket Database::runInBackground(std::function<QString()> work)
{
    if (!m_background)
        m_background = std::make_unique<BackgroundWriter>();
    return m_background->post(std::move(work));
}

void Database::awaitBackground()
{
    if (!m_background)
        return;
    m_background->waitForAll();
    if (QString error = m_background->takeError(); !error.isEmpty())
        throw StorageError(error);
}

void Database::awaitBackground(BackgroundWriter::Ticket ticket)
{
    if (!m_background)
        return;
    m_background->waitFor(ticket);
    if (QString error = m_background->takeError(); !error.isEmpty())
        throw StorageError(error);
}

void Database::finishBackground() noexcept
{
    if (m_background)
        m_background->waitForAll();
}

void Database::abandonBackground() noexcept
{
    if (!m_background)
        return;
    m_background->waitForAll();
    m_background->takeError();
}

bool Database::isOpen() const
{
    return m_connection.isOpen();
}

QString Database::open(const PasswordPrompt& prompt)
{
    if (m_url.backend() == DatabaseUrl::Backend::Sqlite) {
        m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        const QFileInfo file(m_url.path());
        if (!QDir().mkpath(file.absolutePath()))
            return tr("Cannot create the folder %1.").arg(file.absolutePath());
        // A single-user file: created readable and writable by its owner only. SQLite gives its
        // -wal and -shm files the permissions of the database file.
        if (!file.exists()) {
            QFile created(m_url.path());
            if (!created.open(QIODevice::WriteOnly)
                || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return tr("Cannot create the SQLite database %1: %2")
                    .arg(m_url.path(), created.errorString());
        }
        m_connection.setDatabaseName(m_url.path());
        m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_connection.open())
            return tr("Cannot open the SQLite database %1: %2")
                .arg(m_url.path(), m_connection.lastError().text());
        return configureSqlite();
    }

    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_connection.setHostName(m_url.host());
    m_connection.setPort(m_url.port());
    m_connection.setUserName(m_url.user());
    m_connection.setDatabaseName(m_url.databaseName());
    setPostgresOptions(connectTimeout);
    while (!m_connection.open()) {
        const QString message = m_connection.lastError().text();
        if (!prompt || !asksForPassword(message))
            return tr("Cannot connect to %1: %2").arg(m_url.toString(), message);
        const std::optional<QString> password = prompt(m_url, message);
        if (!password)
            return tr("Connection to %1 cancelled.").arg(m_url.toString());
        m_connection.setPassword(*password);
    }
    return configurePostgres();
}

void Database::setPostgresOptions(std::chrono::seconds timeout)
{
    // The first keepalive probe after 5 s of quiet, then one every 5 s: the last unanswered one
    // ends the connection at silenceLimit, as does a write left unacknowledged that long.
    constexpr std::chrono::seconds keepaliveEvery {5};
    m_connection.setConnectOptions(
        QStringLiteral("connect_timeout=%1;keepalives=1;keepalives_idle=%2;keepalives_interval=%2;"
                       "keepalives_count=%3;tcp_user_timeout=%4")
            .arg(timeout.count())
            .arg(keepaliveEvery.count())
            .arg(silenceLimit / keepaliveEvery - 1)
            .arg(std::chrono::milliseconds(silenceLimit).count()));
}

QString Database::configureSqlite()
{
    const QString error
        = execAll(m_connection,
                  {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                   QStringLiteral("PRAGMA synchronous=NORMAL"),
                   // Sorts and temporary results of large statements stay in memory.
                   QStringLiteral("PRAGMA temp_store=MEMORY")});
    return error.isEmpty() ? QString() : tr("Cannot configure the SQLite database: %1").arg(error);
}

QString Database::configurePostgres()
{
    QStringList statements {QStringLiteral("SET client_encoding TO 'UTF8'"),
                            QStringLiteral("SET TIME ZONE 'UTC'"),
                            QStringLiteral("SET client_min_messages TO warning")};
    if (!m_url.schema().isEmpty()) {
        // The URL's schema name is restricted to [A-Za-z_][A-Za-z0-9_]* by DatabaseUrl::parse.
        // Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when the schema
        // exists, which the users of a team server do not have.
        statements << QStringLiteral(
                          "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '%1') "
                          "THEN CREATE SCHEMA %1; END IF; END $$")
                          .arg(m_url.schema())
                   << QStringLiteral("SET search_path TO %1").arg(m_url.schema());
    }
    const QString error = execAll(m_connection, statements);
    return error.isEmpty() ? QString() : tr("Cannot configure the PostgreSQL session: %1").arg(error);
}

bool Database::mayMeanLostConnection(const QSqlError& failure)
{
    const QString state = failure.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

bool Database::restoreIfLost(const QSqlError& failure)
{
    if (m_url.backend() != DatabaseUrl::Backend::Postgres || m_transactionDepth > 0
        || !mayMeanLostConnection(failure))
        return false;
    if (QSqlQuery probe(m_connection); probe.exec(QStringLiteral("SELECT 1")))
        return false;
    return ServerProbe::answersWithin(m_url, reachLimit) && reconnect(reconnectTimeout);
}

bool Database::reconnect(std::chrono::seconds timeout)
{
    const QString password = m_connection.password();
    m_connection.close();
    m_connection.setPassword(password);
    setPostgresOptions(timeout);
    if (!m_connection.open() || !configurePostgres().isEmpty())
        return false;
    for (const auto& listener : std::as_const(m_reconnectListeners))
        listener();
    return true;
}

bool Database::hasLostConnection() const
{
    if (m_url.backend() != DatabaseUrl::Backend::Postgres)
        return false;
    const pg_conn* handle = postgresHandle();
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

void Database::settleWal(std::chrono::milliseconds limit)
{
    if (m_url.backend() != DatabaseUrl::Backend::Sqlite)
        return;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        // One row: busy, frames in the log, frames copied back (-1, -1 outside WAL mode).
        QSqlQuery checkpoint(m_connection);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !checkpoint.next()
            || checkpoint.value(1).toInt() == checkpoint.value(2).toInt() || waited.hasExpired(limit.count()))
            return;
        QThread::msleep(5);
    }
}

std::unique_ptr<Database> Database::openAnother(QString* error) const
{
    auto database = std::make_unique<Database>(m_url);
    const QString password = m_connection.password();
    *error = database->open(
        [password](const DatabaseUrl&, const QString&) { return std::optional<QString>(password); });
    if (!error->isEmpty())
        return nullptr;
    return database;
}

namespace {

/// The driver's handle when it is of the type Qt's driver names `typeName`, else null.
template<typename Handle> Handle* nativeHandle(const QSqlDatabase& connection, const char* typeName)
{
    if (!connection.isOpen())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Handle* const*>(handle.constData());
}

} // namespace

sqlite3* Database::sqliteHandle() const
{
    return nativeHandle<sqlite3>(m_connection, "sqlite3*");
}

pg_conn* Database::postgresHandle() const
{
    // Qt's PostgreSQL driver names the handle by libpq's struct.
    return nativeHandle<pg_conn>(m_connection, "pg_conn*");
}
