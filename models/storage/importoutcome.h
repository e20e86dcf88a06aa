#pragma once

#include "importbadline.h"
#include "storageerror.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

/// What an import of a file did, or would do when only checked.
struct ImportOutcome
{
    /// Called after every batch of lines with (lines done, lines in all); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Thrown by an importer when Progress returned false, to leave its transaction.
    struct Cancelled
    {
    };

    int imported = 0; ///< good lines (when checked: lines that would be imported)
    int rejected = 0;
    /// Lines whose record the database holds already: neither imported nor bad, so that a file
    /// that overlaps an earlier one imports only what is new.
    int alreadyKnown = 0;
    /// Every bad line: the file's and the database's, by line number.
    QList<ImportBadLine> badLines;
    QString error; ///< translated; the import failed as a whole and nothing was written
    bool cancelled = false; ///< nothing was written

    static ImportOutcome cancelledImport()
    {
        ImportOutcome outcome;
        outcome.cancelled = true;
        return outcome;
    }
    /// The outcome of importing a parsed file: the file's own error when it did not parse;
    /// otherwise its bad lines, to which `write` (which writes in a transaction of its own) adds
    /// the database's. Cancelled or a StorageError thrown by `write` leaves an outcome that says so
    /// and counts nothing as imported.
    template<typename Write>
    static ImportOutcome of(const QString& fileError, const QList<ImportBadLine>& fileBadLines, Write&& write)
    {
        ImportOutcome outcome;
        if (!fileError.isEmpty()) {
            outcome.error = fileError;
            return outcome;
        }
        outcome.badLines = fileBadLines;
        try {
            write(outcome);
        } catch (const Cancelled&) {
            outcome = cancelledImport();
        } catch (const StorageError& error) {
            outcome.fail(error.message());
        }
        return outcome;
    }
    /// Calls `progress` every `every` lines; throws Cancelled when it returns false.
    static void report(const Progress& progress, qint64 done, qint64 total, int every)
    {
        if (progress && done % every == 0 && !progress(done, total))
            throw Cancelled {};
    }

    /// The import failed as a whole: nothing was written.
    void fail(const QString& message)
    {
        imported = 0;
        error = message;
    }

    /// After every line was looked at: puts the bad lines in file order (the file's own and the
    /// database's come separately) and counts them. Returns whether the good lines are to be
    /// written: not when only checking, nor when a line is bad and bad lines are not skipped
    /// (then nothing counts as imported).
    bool settle(bool checkOnly, bool skipInvalid)
    {
        std::stable_sort(badLines.begin(), badLines.end(),
                         [](const ImportBadLine& a, const ImportBadLine& b) { return a.line < b.line; });
        rejected = int(badLines.size());
        if (checkOnly)
            return false;
        if (!skipInvalid && rejected > 0) {
            imported = 0;
            return false;
        }
        return true;
    }
};
