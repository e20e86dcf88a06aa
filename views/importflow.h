#pragma once

#include "commandheader.h"
#include "importoutcome.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class QWidget;

/// Importing a file from a page: the file is checked in the background; the user sees what it
/// would bring (ImportPreviewDialog) and goes on or not; with bad lines, going on imports the good
/// lines and saves the bad ones (with their reasons) to a CSV file the user names. Then the import
/// runs in the background with progress and Cancel. The steps say what kind of file it is.
class ImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ImportFlow)
public:
    struct Steps
    {
        /// Reads the file and checks it on `worker` (a connection of the worker thread it runs on).
        std::function<ImportOutcome(Database& worker, const ImportOutcome::Progress& progress)> check;
        /// Imports on `worker`; after check() has run.
        std::function<ImportOutcome(Database& worker, bool skipInvalid,
                                    const ImportOutcome::Progress& progress)>
            apply;
        /// The file's header fields, for the file of bad lines; after check() has run.
        std::function<QStringList()> header;
    };

    /// The steps for a file type `File` (static parse(bytes) giving a result with a `header`) and
    /// its importer (constructed on a Database, with check(parsed, progress) and run(parsed,
    /// skipInvalid, fileName, header, progress)). `fileName` and `header` go into the audit log.
    template<typename File, typename Importer>
    static Steps stepsFor(const QByteArray& content, const QString& fileName, const CommandHeader& header)
    {
        auto parsed = std::make_shared<typename File::Result>();
        return {[parsed, content](Database& worker, const ImportOutcome::Progress& progress) {
                    *parsed = File::parse(content);
                    return Importer(worker).check(*parsed, progress);
                },
                [parsed, fileName, header](Database& worker, bool skipInvalid,
                                           const ImportOutcome::Progress& progress) {
                    return Importer(worker).run(*parsed, skipInvalid, fileName, header, progress);
                },
                [parsed] { return parsed->header; }};
    }

    /// `path` names the file for the user. Returns true when lines were imported.
    static bool run(QWidget* parent, Database& database, const QString& path, const Steps& steps);
    /// What an import did, e.g. "Imported 212 lines. 38 lines already known were left out."
    static QString doneSummary(const ImportOutcome& outcome);

private:
    /// Asks where to save the bad lines (with their reasons) and saves them; false when the user
    /// cancelled or the file could not be written (the user was told).
    static bool saveBadLines(QWidget* parent, const QString& path, const ImportOutcome& checked,
                             const QStringList& header);
};
