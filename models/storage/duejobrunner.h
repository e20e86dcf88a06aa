#pragma once

#include <QDateTime>
#include <QString>

class Database;

/// Applies what is due at a moment: today the automatic acceptance of deliveries that waited for
/// acceptance longer than delivery.auto_accept_days (SPEC 4). Each job is its own transaction
/// under a row lock, with a command id derived from the job (the delivery and its deadline), so a
/// job is applied exactly once even when several clients and the command line run at the same time.
class DueJobRunner
{
public:
    struct Report
    {
        int autoAccepted = 0;
        QString error; ///< the first failure; the jobs after it still ran
    };

    explicit DueJobRunner(Database& database)
        : m_database(database)
    { }

    /// Runs every job due at `now`. `actor` names the runner in the logs (e.g. "system@host").
    Report run(const QDateTime& now, const QString& actor);

private:
    /// Accepts one delivery if it is still due; true when this call accepted it.
    bool autoAccept(const QString& deliveryId, qint64 dueAtMs, const QDateTime& now, const QString& actor);

    Database& m_database;
};
