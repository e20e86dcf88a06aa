#include "editpresence.h"

#include "database.h"
#include "query.h"
#include "transaction.h"

void EditPresence::announce(const QString& entity, const QString& entityId, const QString& holder,
                            const QDateTime& now)
{
    Transaction transaction(m_database);
    Query stale(m_database,
                QStringLiteral("DELETE FROM edit_presence WHERE since < :stale OR "
                               "(entity = :entity AND entity_id = :id AND holder = :holder)"));
    stale.bind(QStringLiteral(":stale"), now.toMSecsSinceEpoch() - staleAfterMs)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":id"), entityId)
        .bind(QStringLiteral(":holder"), holder)
        .exec();
    Query(m_database,
          QStringLiteral("INSERT INTO edit_presence (entity, entity_id, holder, since) "
                         "VALUES (:entity, :id, :holder, :since)"))
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":id"), entityId)
        .bind(QStringLiteral(":holder"), holder)
        .bind(QStringLiteral(":since"), now.toMSecsSinceEpoch())
        .exec();
    transaction.commit();
}

void EditPresence::withdraw(const QString& entity, const QString& entityId, const QString& holder)
{
    Query(m_database,
          QStringLiteral("DELETE FROM edit_presence WHERE entity = :entity AND entity_id = :id "
                         "AND holder = :holder"))
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":id"), entityId)
        .bind(QStringLiteral(":holder"), holder)
        .exec();
}

QList<EditPresence::Editor> EditPresence::others(const QString& entity, const QString& entityId,
                                                 const QString& holder, const QDateTime& now)
{
    Query query(m_database,
                QStringLiteral("SELECT holder, since FROM edit_presence WHERE entity = :entity "
                               "AND entity_id = :id AND holder <> :holder AND since >= :fresh "
                               "ORDER BY since, holder"));
    query.bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":id"), entityId)
        .bind(QStringLiteral(":holder"), holder)
        .bind(QStringLiteral(":fresh"), now.toMSecsSinceEpoch() - staleAfterMs)
        .exec();
    QList<Editor> editors;
    while (query.next())
        editors.append({query.value(0).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)});
    return editors;
}
