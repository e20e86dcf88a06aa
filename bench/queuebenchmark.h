#pragma once

#include "measurement.h"
#include "pagedquery.h"

#include <QList>

#include <functional>

class Database;
class NaiveQueue;

/// Times what a clerk does in the invoice queue — open it, page, switch tabs, sort, search, count,
/// open a request — three ways on one database: through MarketDesk's models, as the bare SQL those
/// models run (the limit the database sets), and the naive way (NaiveQueue).
class QueueBenchmark
{
public:
    QueueBenchmark(Database& database, const QString& backend, int naiveTimeoutMs);

    QList<Measurement> run();

    /// Runs `statement` on the bare connection and reads every value of every row: the cost of the
    /// SQL alone. Exits the program with the error when it fails.
    static void runDirectly(Database& database, const PagedQuery::Statement& statement);

private:
    /// MarketDesk's part of an operation, and what runs untimed before each run of it.
    struct Step
    {
        std::function<void()> work;
        std::function<void()> prepare {};
    };

    /// Times `marketdesk` and `limit` in turn, each run of either after the step and its
    /// `prepare`, and `naive` once the naive queue is open; nothing when it could not open in time.
    void add(const QString& operation, const Step& marketdesk, const QList<PagedQuery::Statement>& limit,
             const std::function<void()>& naive);
    PagedQuery::Request defaultRequest() const;

    Database& m_database;
    QString m_backend;
    int m_naiveTimeoutMs;
    NaiveQueue* m_naive = nullptr; ///< open and complete, or null
    QList<Measurement> m_results;
};
