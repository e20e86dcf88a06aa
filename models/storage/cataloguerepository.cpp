#include "cataloguerepository.h"

#include "database.h"
#include "query.h"

QList<CatalogueRepository::Market> CatalogueRepository::markets(bool includeInactive)
{
    Query query(m_database,
                QStringLiteral("SELECT id, key, name, deposit_fen, is_active, version FROM markets ")
                    + (includeInactive ? QString() : QStringLiteral("WHERE is_active "))
                    + QStringLiteral("ORDER BY sort_order, name"));
    query.exec();
    QList<Market> markets;
    while (query.next())
        markets.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        Money::fromFen(query.value(3).toLongLong()), query.value(4).toBool(),
                        query.value(5).toInt()});
    return markets;
}

QList<CatalogueRepository::Condition> CatalogueRepository::conditionsFor(const QStringList& marketIds)
{
    QList<Condition> conditions = allConditions();
    conditions.removeIf([&marketIds](const Condition& condition) {
        return !condition.active
            || (!condition.marketId.isEmpty() && !marketIds.contains(condition.marketId));
    });
    return conditions;
}

QList<CatalogueRepository::Condition> CatalogueRepository::allConditions()
{
    Query query(
        m_database,
        QStringLiteral("SELECT c.id, COALESCE(c.market_id, ''), COALESCE(m.name, ''), c.position, c.text, "
                       "c.version, c.is_active FROM market_conditions c LEFT JOIN markets m "
                       "ON m.id = c.market_id ORDER BY c.market_id IS NOT NULL, m.sort_order, c.position"));
    query.exec();
    QList<Condition> conditions;
    while (query.next())
        conditions.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toInt(), query.value(4).toString(), query.value(5).toInt(),
                           query.value(6).toBool()});
    return conditions;
}

QList<CatalogueRepository::ViolationType> CatalogueRepository::violationTypes(bool includeInactive)
{
    Query query(m_database,
                QStringLiteral("SELECT id, key, name, points, is_active, version FROM violation_types ")
                    + (includeInactive ? QString() : QStringLiteral("WHERE is_active "))
                    + QStringLiteral("ORDER BY points, name"));
    query.exec();
    QList<ViolationType> types;
    while (query.next())
        types.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toInt(), query.value(4).toBool(), query.value(5).toInt()});
    return types;
}

QList<CatalogueRepository::Courier> CatalogueRepository::allCouriers()
{
    Query query(m_database,
                QStringLiteral("SELECT id, name, sort_order, is_active, version FROM couriers "
                               "ORDER BY sort_order, name"));
    query.exec();
    QList<Courier> couriers;
    while (query.next())
        couriers.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                         query.value(3).toBool(), query.value(4).toInt()});
    return couriers;
}
