#pragma once

#include "buyerrecordfile.h"
#include "commandheader.h"
#include "importoutcome.h"

#include <QCoreApplication>

class Database;

/// Puts a file of buyer records into the database in one transaction, all good lines or none,
/// through BuyerService (so each title and address is validated, audited and journalled as if
/// typed in): a line's title becomes the buyer's valid title unless it is that title already, and
/// its address is added unless the buyer has it already; a line with neither new is already known,
/// so importing a file twice changes nothing. A customer ID the database does not know is a bad
/// line.
class BuyerRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(BuyerRecordImporter)
public:
    static constexpr const char* commandName = "buyer.import";

    explicit BuyerRecordImporter(Database& database)
        : m_database(database)
    { }

    /// With `skipInvalid` imports the good lines, otherwise nothing when any line is bad.
    /// `fileName` goes into the audit log; every title and address gets a command of its own
    /// with `header`'s actor and time.
    ImportOutcome run(const BuyerRecordFile::Result& parsed, bool skipInvalid, const QString& fileName,
                      const CommandHeader& header, const ImportOutcome::Progress& progress = {});
    /// What run() would do, without writing.
    ImportOutcome check(const BuyerRecordFile::Result& parsed, const ImportOutcome::Progress& progress = {});

private:
    ImportOutcome execute(const BuyerRecordFile::Result& parsed, bool skipInvalid, bool dryRun,
                          const QString& fileName, const CommandHeader& header,
                          const ImportOutcome::Progress& progress);
    /// Whether the buyer's valid title already reads like `title`.
    bool hasTitle(const QString& buyerId, const SaveInvoiceTitle& title);
    bool hasAddress(const QString& buyerId, const SaveMailingAddress& address);

    Database& m_database;
};
