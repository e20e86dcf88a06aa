#pragma once

#include "measurement.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

class Database;

/// Times importing a console export of `lines` new requests three ways — MarketDesk's importer,
/// the bare inserts of the same rows, a QSqlTableModel inserting record by record — and measures
/// the longest stall of the GUI thread's event loop while MarketDesk imports on its worker
/// thread (the naive import runs on the GUI thread, so it stalls it for its whole length). Every
/// import is taken out again, so the database keeps its size.
class ImportBenchmark
{
public:
    ImportBenchmark(Database& database, const QString& backend, int lines, int naiveTimeoutMs);

    QList<Measurement> run();
    /// Lines per second of MarketDesk's import in the last run().
    double linesPerSecond() const { return m_linesPerSecond; }

private:
    /// An import takes seconds; one run alone is at the mercy of the page cache.
    static constexpr int importRuns = 3;

    QByteArray exportFile() const;
    void importWithMarketDesk(Database& database);
    void removeImported();
    double longestStallDuringImport();

    Database& m_database;
    QString m_backend;
    int m_lines;
    int m_naiveTimeoutMs;
    QDateTime m_importedAt; ///< created_at of every imported row, to take them out again
    QByteArray m_exportFile;
    double m_linesPerSecond = 0;
};
