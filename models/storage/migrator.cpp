#include "migrator.h"

#include "database.h"
#include "query.h"
#include "sqlscript.h"
#include "storageerror.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

Migrator::Migrator(Database& database, const QString& folder)
    : m_database(database)
{
    load(folder);
}

void Migrator::load(const QString& folder)
{
    static const QRegularExpression fileName(
        QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|postgresql))?\\.sql$"));
    const QString ownBackend = m_database.url().backend() == DatabaseUrl::Backend::Sqlite
        ? QStringLiteral("sqlite")
        : QStringLiteral("postgresql");
    static const QRegularExpression header(QStringLiteral("^--\\s*min_compatible:\\s*(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch name = fileName.match(file);
        QFile source(QDir(folder).filePath(file));
        if (!name.hasMatch() || !source.open(QIODevice::ReadOnly)) {
            m_loadError = tr("The migration file %1 is misnamed or unreadable.").arg(file);
            return;
        }
        if (const QString backend = name.captured(3); !backend.isEmpty() && backend != ownBackend)
            continue;
        Migration migration;
        migration.version = name.captured(1).toInt();
        migration.name = name.captured(2);
        migration.sql = QString::fromUtf8(source.readAll());
        const QRegularExpressionMatch minCompatible = header.match(migration.sql);
        if (!minCompatible.hasMatch()) {
            m_loadError = tr("The migration file %1 has no \"-- min_compatible: N\" line.").arg(file);
            return;
        }
        migration.minCompatible = minCompatible.captured(1).toInt();
        if (!m_migrations.isEmpty() && m_migrations.last().version == migration.version) {
            m_loadError = tr("Two migration files carry the number %1.").arg(migration.version);
            return;
        }
        m_migrations << migration;
    }
}

void Migrator::ensureVersionTable()
{
    Query::execute(m_database,
                   QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                  " version INTEGER PRIMARY KEY,"
                                  " name TEXT NOT NULL,"
                                  " min_compatible INTEGER NOT NULL,"
                                  " applied_at BIGINT NOT NULL)"));
}

bool Migrator::hasVersionTable()
{
    Query exists(m_database, m_database.dialect().tableExistsQuery());
    exists.bind(QStringLiteral(":table"), QStringLiteral("schema_version")).exec();
    return exists.next() && exists.value(0).toBool();
}

int Migrator::currentVersion()
{
    // Reading the version writes nothing: a connection test must leave an empty database empty.
    if (!hasVersionTable())
        return 0;
    Query query(m_database, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QString Migrator::refusal()
{
    if (!hasVersionTable()) {
        QStringList tables;
        Query query(m_database, m_database.dialect().tableNamesQuery());
        query.exec();
        while (query.next())
            tables << query.value(0).toString();
        if (tables.isEmpty())
            return {};
        constexpr qsizetype namedTables = 5;
        QString names = tables.mid(0, namedTables).join(QStringLiteral(", "));
        if (tables.size() > namedTables)
            names += QStringLiteral(", …");
        return tr("This database is not MarketDesk's: it holds %n table(s) that MarketDesk did not make "
                  "(%1). Choose an empty database or one MarketDesk set up; nothing was changed.",
                  nullptr, int(tables.size()))
            .arg(names);
    }
    // Read in a scope of its own: an SQLite statement left open blocks a later DROP TABLE.
    const int requiredVersion = [this] {
        Query required(m_database,
                       QStringLiteral("SELECT COALESCE(MAX(min_compatible), 0) FROM schema_version"));
        required.exec();
        return required.next() ? required.value(0).toInt() : 0;
    }();
    if (requiredVersion <= latestVersion())
        return {};
    return tr("This database was upgraded by a newer MarketDesk (schema %1, needs an app that "
              "knows schema %2 or later); this MarketDesk knows schema %3 only. Install the "
              "newer version to open it.")
        .arg(currentVersion())
        .arg(requiredVersion)
        .arg(latestVersion());
}

Migrator::Result Migrator::migrate(const StepGate& beforeStep)
{
    Result result;
    if (!m_loadError.isEmpty()) {
        result.error = m_loadError;
        return result;
    }
    int done = 0;
    int needed = 0;
    const auto stopped = [&] { return beforeStep && !beforeStep(done, needed); };
    const auto cancelled = [&result] {
        return tr("Updating the database was cancelled; it was left at schema %1.").arg(result.toVersion);
    };
    try {
        result.error = refusal();
        if (!result.error.isEmpty())
            return result;
        ensureVersionTable();
        result.fromVersion = currentVersion();
        result.toVersion = result.fromVersion;
        const auto newer
            = [&result](const Migration& migration) { return migration.version > result.fromVersion; };
        needed = int(std::count_if(m_migrations.cbegin(), m_migrations.cend(), newer));
        for (const Migration& migration : std::as_const(m_migrations)) {
            if (!newer(migration))
                continue;
            if (stopped()) {
                result.error = cancelled();
                return result;
            }
            ++done;
            Transaction transaction(m_database);
            if (const QString lock = m_database.dialect().migrationLock(); !lock.isEmpty())
                Query::execute(m_database, lock);
            // Re-read inside the lock: another client may have applied it meanwhile.
            if (migration.version <= currentVersion())
                continue;
            for (const QString& statement : SqlScript::split(m_database.dialect().expand(migration.sql)))
                Query::execute(m_database, statement);
            Query(m_database,
                  QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, "
                                 "applied_at) VALUES (:version, :name, :min, :at)"))
                .bind(QStringLiteral(":version"), migration.version)
                .bind(QStringLiteral(":name"), migration.name)
                .bind(QStringLiteral(":min"), migration.minCompatible)
                .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
                .exec();
            transaction.commit();
            result.toVersion = migration.version;
        }
    } catch (const StorageError& error) {
        // A migration interrupted because the gate was closed meanwhile (StatementCanceller)
        // fails like any other: it was the cancel.
        result.error = stopped() ? cancelled()
                                 : tr("Upgrading the database failed; it was left at schema %1.\n%2")
                                       .arg(result.toVersion)
                                       .arg(error.message());
    }
    return result;
}
