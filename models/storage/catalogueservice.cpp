#include "catalogueservice.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"

namespace {

struct Table
{
    QString name;
    QList<std::pair<QString, QVariant>> columns;
};

Table tableFor(const SaveCatalogueEntry& command)
{
    const QString text = command.text.trimmed();
    switch (command.kind) {
    case CatalogueKind::Market:
        return {QStringLiteral("markets"),
                {{QStringLiteral("key"), command.key},
                 {QStringLiteral("name"), text},
                 {QStringLiteral("deposit_fen"), command.deposit.fen()},
                 {QStringLiteral("sort_order"), command.position},
                 {QStringLiteral("is_active"), command.active}}};
    case CatalogueKind::Condition:
        return {QStringLiteral("market_conditions"),
                {{QStringLiteral("market_id"),
                  command.marketId.isEmpty() ? QVariant() : QVariant(command.marketId)},
                 {QStringLiteral("position"), command.position},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("is_active"), command.active}}};
    case CatalogueKind::ViolationType:
        return {QStringLiteral("violation_types"),
                {{QStringLiteral("key"), command.key},
                 {QStringLiteral("name"), text},
                 {QStringLiteral("points"), command.points},
                 {QStringLiteral("is_active"), command.active}}};
    case CatalogueKind::Courier:
        return {QStringLiteral("couriers"),
                {{QStringLiteral("name"), text},
                 {QStringLiteral("sort_order"), command.position},
                 {QStringLiteral("is_active"), command.active}}};
    }
    return {};
}

} // namespace

CatalogueService::CatalogueService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome CatalogueService::save(const SaveCatalogueEntry& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const Table table = tableFor(command);
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        if (command.hasKey() || command.kind == CatalogueKind::Courier) {
            // Keys are unique, and so are couriers' names: the clerk picks a courier by name.
            const bool byKey = command.hasKey();
            const QString value = byKey ? command.key : command.text.trimmed();
            Query taken(m_database,
                        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :value AND id <> :id")
                            .arg(table.name, byKey ? QStringLiteral("key") : QStringLiteral("name")));
            taken.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":id"), command.entryId).exec();
            if (taken.next())
                return WriteOutcome::invalid(
                    {byKey
                         ? FieldError {QStringLiteral("key"), tr("The key %1 is already used.").arg(value)}
                         : FieldError {QStringLiteral("text"), tr("%1 is already in the list.").arg(value)}});
        }
        QStringList names;
        QStringList assignments;
        for (const auto& [column, value] : table.columns) {
            names << column;
            assignments << QStringLiteral("%1 = :%1").arg(column);
        }
        const bool create = command.baseVersion == 0;
        Query write(
            m_database,
            create ? QStringLiteral("INSERT INTO %1 (id, %2) VALUES (:id, :%3)")
                         .arg(table.name, names.join(QStringLiteral(", ")), names.join(QStringLiteral(", :")))
                   : QStringLiteral(
                         "UPDATE %1 SET %2, version = version + 1 WHERE id = :id AND version = :version")
                         .arg(table.name, assignments.join(QStringLiteral(", "))));
        for (const auto& [column, value] : table.columns)
            write.bind(QLatin1Char(':') + column, value);
        write.bind(QStringLiteral(":id"), command.entryId);
        if (!create)
            write.bind(QStringLiteral(":version"), command.baseVersion);
        write.exec();
        if (write.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("Someone else changed this entry meanwhile. Reopen it."));
        QJsonObject after;
        for (const auto& [column, value] : table.columns)
            after.insert(column, QJsonValue::fromVariant(value));
        journal.audit(SaveCatalogueEntry::name, command.header, enumKey(command.kind), command.entryId,
                      create ? QStringLiteral("create") : QStringLiteral("update"), {}, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(enumKey(command.kind), {command.entryId});
    return outcome;
}
