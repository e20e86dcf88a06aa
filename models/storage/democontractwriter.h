#pragma once

#include <QtGlobal>

class Database;
class DemoRandom;

/// The contracts of the demo data set, made through ContractService so that every one keeps the
/// rules: for some buyer–vendor pairs with paid orders a framework contract in one of its states,
/// and under the effective ones order and filing contracts, some with paper copies. Buyers whose
/// invoice title is personal become individuals (they sign two-sided).
class DemoContractWriter
{
public:
    DemoContractWriter(Database& database, DemoRandom& random, qint64 anchorMs)
        : m_database(database)
        , m_random(random)
        , m_anchorMs(anchorMs)
    { }

    /// Writes contracts for up to `pairs` buyer–vendor pairs. Runs inside the caller's transaction;
    /// throws StorageError.
    void write(int pairs);

private:
    Database& m_database;
    DemoRandom& m_random;
    qint64 m_anchorMs;
};
