#include "editsession.h"

#include "editpresence.h"
#include "storageerror.h"

EditSession::EditSession(Database& database, const QString& entity, const QString& entityId,
                         const QString& holder, const QDateTime& now)
    : m_database(database)
    , m_entity(entity)
    , m_entityId(entityId)
    , m_holder(holder)
{
    try {
        EditPresence(m_database).announce(m_entity, m_entityId, m_holder, now);
    } catch (const StorageError&) { // advice only: editing goes on without it
    }
}

EditSession::~EditSession()
{
    try {
        EditPresence(m_database).withdraw(m_entity, m_entityId, m_holder);
    } catch (const StorageError&) { // the announcement goes stale after an hour anyway
    }
}
