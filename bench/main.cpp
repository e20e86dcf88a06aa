// marketdesk-bench: the invoice queue at a million requests, timed through MarketDesk, as bare SQL
// and the naive Qt way, on SQLite and PostgreSQL in one run. See README, "Performance".
#include "benchreport.h"
#include "database.h"
#include "databaseurl.h"
#include "demodatawriter.h"
#include "importbenchmark.h"
#include "memoryprobe.h"
#include "migrator.h"
#include "query.h"
#include "queuebenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "marketdesk-bench: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<Database> openMigrated(const QString& url)
{
    QString error;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
    if (!parsed)
        fail(error);
    auto database = std::make_unique<Database>(*parsed);
    if (const QString openError = database->open(); !openError.isEmpty())
        fail(openError);
    if (const Migrator::Result result = Migrator(*database).migrate(); !result.ok())
        fail(result.error);
    return database;
}

qint64 requestCount(Database& database)
{
    Query count(database, QStringLiteral("SELECT COUNT(*) FROM invoice_requests"));
    count.exec();
    return count.next() ? count.value(0).toLongLong() : -1;
}

/// Removes what a URL names: the SQLite file with its WAL, or the PostgreSQL schema.
void erase(const QString& url)
{
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (parsed->backend() == DatabaseUrl::Backend::Sqlite) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(parsed->path() + suffix);
        return;
    }
    Database database(*parsed);
    if (const QString error = database.open(); !error.isEmpty())
        fail(error);
    Query::execute(database, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(parsed->schema()));
}

/// Opens the benchmark database of `rows` requests, writing it with the demo generator unless a
/// previous run left one of that size.
std::unique_ptr<Database> prepare(const QString& url, int rows)
{
    {
        auto existing = openMigrated(url);
        if (requestCount(*existing) == rows)
            return existing;
    }
    erase(url);
    auto database = openMigrated(url);
    if (rows == 0)
        return database;
    std::fprintf(stderr, "Writing %d demo requests into %s\n", rows, qPrintable(url));
    const QString error = DemoDataWriter(*database, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC))
                              .write(rows, [](qint64 done, qint64 total) {
                                  std::fprintf(stderr, "\r  %lld of %lld rows", done, total);
                              });
    std::fprintf(stderr, "\n");
    if (!error.isEmpty())
        fail(error);
    return database;
}

void benchmark(BenchReport& report, const QString& backend, const QString& url, const QString& emptyUrl,
               int rows, int importLines, int naiveTimeoutMs)
{
    std::fprintf(stderr, "%s, %d requests\n", qPrintable(backend), rows);
    auto database = prepare(url, rows);
    // A previous run's import leaves dead rows: vacuumed now, autovacuum does not start in the
    // middle of the measurements. Only the tables the import writes: the whole database would
    // include the server's shared catalogues, which only a superuser may vacuum.
    if (database->url().backend() == DatabaseUrl::Backend::Postgres)
        Query::execute(*database,
                       QStringLiteral("VACUUM (ANALYZE) invoice_requests, invoice_request_orders, "
                                      "invoice_request_counts, audit_log"));
    report.add(QueueBenchmark(*database, backend, naiveTimeoutMs).run());
    ImportBenchmark import(*database, backend, importLines, naiveTimeoutMs);
    report.add(import.run());
    report.addNote(QStringLiteral("Import on %1: %2 lines per second.")
                       .arg(backend, QString::number(import.linesPerSecond(), 'f', 0)));
    database.reset();

    prepare(emptyUrl, 0);
    MemoryMeasurement memory;
    memory.backend = backend;
    memory.emptyMb = MemoryProbe::measure(QStringLiteral("marketdesk"), emptyUrl, naiveTimeoutMs).value_or(0);
    memory.marketdeskMb = MemoryProbe::measure(QStringLiteral("marketdesk"), url, naiveTimeoutMs).value_or(0);
    const std::optional<double> naive = MemoryProbe::measure(QStringLiteral("naive"), url, naiveTimeoutMs);
    memory.naiveMb = naive.value_or(0);
    memory.naiveTimedOut = !naive;
    report.add(memory);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the invoice queue through MarketDesk, as bare SQL and the naive Qt way."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Invoice requests (default 1000000)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
                                           QStringLiteral("sqlite, postgresql or both (default both)."),
                                           QStringLiteral("NAME"), QStringLiteral("both"));
    const QCommandLineOption pgOption(
        QStringLiteral("pg"), QStringLiteral("PostgreSQL database URL (default: MARKETDESK_TEST_PG)."),
        QStringLiteral("URL"), qEnvironmentVariable("MARKETDESK_TEST_PG"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("Folder of the SQLite benchmark files (kept for reuse)."),
        QStringLiteral("DIR"), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    const QCommandLineOption importOption(
        QStringLiteral("import-lines"),
        QStringLiteral("Lines of the imported console export (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("naive-timeout"),
        QStringLiteral("Seconds the naive way may take per step (default 120)."), QStringLiteral("S"),
        QStringLiteral("120"));
    const QCommandLineOption probeOption(QStringLiteral("probe-memory"),
                                         QStringLiteral("Internal: measure memory in this process."),
                                         QStringLiteral("MODE"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Internal: with --probe-memory."), QStringLiteral("URL"));
    parser.addOptions({rowsOption, backendOption, pgOption, jsonOption, dataOption, importOption,
                       timeoutOption, probeOption, databaseOption});
    parser.process(app);

    bool ok = false;
    const int naiveTimeoutMs = parser.value(timeoutOption).toInt(&ok) * 1000;
    if (!ok || naiveTimeoutMs <= 0)
        fail(QStringLiteral("--naive-timeout takes a number of seconds."));
    if (parser.isSet(probeOption))
        return MemoryProbe::runChild(parser.value(probeOption), parser.value(databaseOption), naiveTimeoutMs);
    const int rows = parser.value(rowsOption).toInt(&ok);
    if (!ok || rows < 1)
        fail(QStringLiteral("--rows takes a whole number of 1 or more."));
    const int importLines = parser.value(importOption).toInt(&ok);
    if (!ok || importLines < 1)
        fail(QStringLiteral("--import-lines takes a whole number of 1 or more."));
    const QString backend = parser.value(backendOption);
    if (backend != QStringLiteral("sqlite") && backend != QStringLiteral("postgresql")
        && backend != QStringLiteral("both"))
        fail(QStringLiteral("--backend is sqlite, postgresql or both."));
    const QString pg = parser.value(pgOption);
    if (backend != QStringLiteral("sqlite") && pg.isEmpty())
        fail(QStringLiteral("PostgreSQL needs --pg URL or MARKETDESK_TEST_PG."));

    BenchReport report;
    if (backend != QStringLiteral("postgresql")) {
        const QDir folder(parser.value(dataOption));
        if (!folder.mkpath(QStringLiteral(".")))
            fail(QStringLiteral("Cannot create %1.").arg(folder.path()));
        benchmark(report, QStringLiteral("sqlite"),
                  QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("bench-%1.sqlite").arg(rows)),
                  QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("bench-empty.sqlite")), rows,
                  importLines, naiveTimeoutMs);
    }
    if (backend != QStringLiteral("sqlite")) {
        benchmark(report, QStringLiteral("postgresql"), pg + QStringLiteral("?schema=bench_%1").arg(rows),
                  pg + QStringLiteral("?schema=bench_empty"), rows, importLines, naiveTimeoutMs);
    }
    std::printf("%s", qPrintable(report.table()));
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.json()) < 0)
            fail(QStringLiteral("Cannot write %1.").arg(file.fileName()));
    }
    return 0;
}
