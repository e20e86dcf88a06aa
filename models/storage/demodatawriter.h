#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

/// Fills an empty database with a realistic, deterministic data set: Chinese company names,
/// provinces and cities, phones and addresses; vendors in several markets with deposit ledgers;
/// products of every delivery type; orders of every type; invoice requests and deliveries in
/// every state; applications, violations, users and roles. The same scale and anchor always give
/// the same rows.
class DemoDataWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataWriter)
public:
    struct Counts
    {
        qint64 vendors = 0;
        qint64 buyers = 0;
        qint64 products = 0;
        qint64 orders = 0;
        qint64 invoiceRequests = 0;
        qint64 applications = 0;
    };
    /// Called now and then with the rows written so far out of the total planned.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// `anchor` is "now" for the data set: orders are paid in the year before it.
    DemoDataWriter(Database& database, const QDateTime& anchor);

    /// How many rows of each kind `scale` gives: `scale` orders and as many invoice requests.
    static Counts plannedCounts(int scale);
    /// Writes everything in one transaction. Refuses a database that already holds vendors or
    /// orders. Returns a translated error, empty on success.
    QString write(int scale, const Progress& progress = {});

private:
    bool holdsData();
    /// Runs session statements; returns a translated error, empty on success.
    QString applySettings(const QStringList& statements);
    QString load(int scale, const Progress& progress);

    Database& m_database;
    qint64 m_anchorMs = 0;
};
