#pragma once

#include "commandheader.h"
#include "consoleinvoiceexport.h"
#include "importoutcome.h"

class Database;

/// Puts the lines of a console invoice export into the queue in one transaction: all good lines or
/// none. A line whose order ID is already in the queue is already known and left out (exports
/// overlap). Lines whose order this database holds are linked to it (and take its buyer and
/// vendor); the others stand alone.
class InvoiceImporter
{
public:
    static constexpr const char* commandName = "invoice.import";

    using Outcome = ImportOutcome;
    using Progress = ImportOutcome::Progress;

    explicit InvoiceImporter(Database& database)
        : m_database(database)
    { }

    /// Checks the parsed lines against the database; with `skipInvalid` imports the good lines,
    /// otherwise imports nothing when any line is bad. `fileName` goes into the audit log.
    Outcome run(const ConsoleInvoiceExport::Result& parsed, bool skipInvalid, const QString& fileName,
                const CommandHeader& header, const Progress& progress = {});
    /// What run() would do, without writing: every bad line, and in `imported` the good lines.
    Outcome check(const ConsoleInvoiceExport::Result& parsed, const Progress& progress = {});

private:
    Outcome execute(const ConsoleInvoiceExport::Result& parsed, bool skipInvalid, bool dryRun,
                    const QString& fileName, const CommandHeader& header, const Progress& progress);

    Database& m_database;
};
