#pragma once

#include "businessrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class Database;

/// Applies what is due at a moment: the automatic acceptance of deliveries that waited for
/// acceptance longer than delivery.auto_accept_days (SPEC 4), the lapse of 数电 red-letter
/// forms not confirmed within invoice.red_letter_hours (SPEC 5.4), the suspension of vendors
/// that did not top up their deposit within three working days of a deduction (SPEC 2.3), and the
/// delisting of products with no order for three consecutive months (SPEC 3.1). Each job is its own
/// transaction under a row lock, with a command id derived from the job (the row and its deadline), so a job
/// is applied exactly once even when several clients and the command line run at the same time.
class DueJobRunner
{
    Q_DECLARE_TR_FUNCTIONS(DueJobRunner)
public:
    struct Report
    {
        int autoAccepted = 0;
        int redLettersLapsed = 0;
        int vendorsSuspended = 0;
        int productsDelisted = 0;
        QString error; ///< the first failure; the jobs after it still ran
    };

    explicit DueJobRunner(Database& database)
        : m_database(database)
    { }

    /// Runs every job due at `now`. `actor` names the runner in the logs (e.g. "system@host").
    Report run(const QDateTime& now, const QString& actor);

private:
    /// Folds the queue's count change rows (see Dialect::foldCountsStatement) so that reading the
    /// counts stays a read of a few rows.
    void foldCounts(QString* error);
    /// Accepts one delivery if it is still due; true when this call accepted it.
    bool autoAccept(const QString& deliveryId, qint64 dueAtMs, const QDateTime& now, const QString& actor);
    /// Lapses one red-letter form if it is still awaited; true when this call lapsed it.
    bool lapseRedLetter(const QString& requestId, qint64 deadlineMs, int version, const QString& actor);
    /// Delists one product listed (or last ordered) at `lastActivityMs` if it is still listed at
    /// `version`; true when this call delisted it.
    bool delistDormant(const QString& productId, qint64 lastActivityMs, int version, const QDateTime& now,
                       int idleMonths, const QString& actor);
    /// Suspends every active vendor whose deposit is still short after the settlement that follows
    /// its top-up deadline (DepositLedger::pendingShortfall); returns how many.
    int suspendForShortfall(const QDateTime& now, const BusinessRules& rules, const QString& actor,
                            QString* error);
    /// Rows (id, deadline, version) of `sql` due at `now`, in batches, each handed to `job` once;
    /// returns how many jobs reported success.
    int runBatches(const QString& sql, const QDateTime& now, QString* error,
                   const std::function<bool(const QString&, qint64, int)>& job);

    Database& m_database;
};
