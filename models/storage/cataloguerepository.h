#pragma once

#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// Reads the administrator-edited catalogues of SPEC 2: markets with their deposits, the entry
/// checklist of each market, the violation types with their points, and the couriers. Methods
/// throw StorageError.
class CatalogueRepository
{
public:
    struct Market
    {
        QString id;
        QString key;
        QString name;
        Money deposit;
        bool active = true;
        int version = 0;
    };

    struct Condition
    {
        QString id;
        QString marketId; ///< empty: a condition of every market
        QString marketName;
        int position = 0;
        QString text;
        int version = 0;
        bool active = true;
    };

    struct ViolationType
    {
        QString id;
        QString key;
        QString name;
        int points = 0;
        bool active = true;
        int version = 0;
    };

    struct Courier
    {
        QString id;
        QString name;
        int position = 0;
        bool active = true;
        int version = 0;
    };

    explicit CatalogueRepository(Database& database)
        : m_database(database)
    { }

    /// Every market in display order; inactive ones only when `includeInactive`.
    QList<Market> markets(bool includeInactive = false);
    /// The active conditions of every market first, then those of `marketIds` in market order.
    QList<Condition> conditionsFor(const QStringList& marketIds);
    QList<ViolationType> violationTypes(bool includeInactive = false);
    /// Every condition, active or not, for the administrator: every market's first, then by market.
    QList<Condition> allConditions();
    /// Every courier, in use or not, in the order the clerks' pick list shows them.
    QList<Courier> allCouriers();

private:
    Database& m_database;
};
