#include "commandjournal.h"

#include "database.h"
#include "query.h"

#include <QJsonDocument>

namespace {

QVariant jsonOrNull(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool CommandJournal::alreadyApplied(const CommandId& id)
{
    Query query(m_database, QStringLiteral("SELECT 1 FROM commands_applied WHERE command_id = :id"));
    query.bind(QStringLiteral(":id"), id.toString()).exec();
    return query.next();
}

void CommandJournal::recordCommand(const char* name, const CommandHeader& header, const QJsonObject& payload)
{
    Query(m_database,
          QStringLiteral("INSERT INTO commands_applied (command_id, name, actor, applied_at, payload) "
                         "VALUES (:id, :name, :actor, :at, :payload)"))
        .bind(QStringLiteral(":id"), header.id.toString())
        .bind(QStringLiteral(":name"), QLatin1String(name))
        .bind(QStringLiteral(":actor"), header.actor)
        .bind(QStringLiteral(":at"), header.at.toMSecsSinceEpoch())
        .bind(QStringLiteral(":payload"), jsonOrNull(payload))
        .exec();
}

void CommandJournal::audit(const char* commandName, const CommandHeader& header, const QString& entity,
                           const QString& entityId, const QString& action, const QJsonObject& before,
                           const QJsonObject& after)
{
    const QUuid auditId = QUuid::createUuidV5(header.id.uuid(), entity + QLatin1Char('/') + entityId);
    Query(m_database,
          QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, "
                         "after_json, command_id, command_name) VALUES (:id, :at, :actor, :entity, "
                         ":entity_id, :action, :before, :after, :command_id, :command_name)"))
        .bind(QStringLiteral(":id"), auditId.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":at"), header.at.toMSecsSinceEpoch())
        .bind(QStringLiteral(":actor"), header.actor)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), entityId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":before"), jsonOrNull(before))
        .bind(QStringLiteral(":after"), jsonOrNull(after))
        .bind(QStringLiteral(":command_id"), header.id.toString())
        .bind(QStringLiteral(":command_name"), QLatin1String(commandName))
        .exec();
}

void CommandJournal::recordImport(const char* commandName, const CommandHeader& header, const QString& entity,
                                  const QString& fileName, int imported, int rejected)
{
    const QJsonObject summary {{QStringLiteral("file"), fileName},
                               {QStringLiteral("imported"), imported},
                               {QStringLiteral("rejected"), rejected}};
    audit(commandName, header, entity, header.id.toString(), QStringLiteral("import"), {}, summary);
    QJsonObject payload = header.toJson(commandName, 1);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        payload.insert(it.key(), it.value());
    recordCommand(commandName, header, payload);
}

QString CommandJournal::failureMessage(const StorageError& error)
{
    if (!error.isLostConnection())
        return error.message();
    return tr("The server cannot be reached, so nothing was saved. Save again once the status bar "
              "says the connection is back.");
}
