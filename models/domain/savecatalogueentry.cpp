#include "savecatalogueentry.h"

#include <QRegularExpression>

FieldErrors SaveCatalogueEntry::validate() const
{
    FieldErrors errors;
    if (hasKey()) {
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
        if (!keyPattern.match(key).hasMatch())
            errors.append({QStringLiteral("key"),
                           tr("The key is 2 to 40 lower-case letters, digits or underscores, starting with a "
                              "letter.")});
    }
    const QString trimmed = text.trimmed();
    // A courier's name is stored with each paper invoice issued, which allows 50 characters.
    const int maximum = kind == CatalogueKind::Condition ? 300 : kind == CatalogueKind::Courier ? 50 : 60;
    if (trimmed.isEmpty() || trimmed.size() > maximum)
        errors.append({QStringLiteral("text"), tr("Enter the text, at most %1 characters.").arg(maximum)});
    if (kind == CatalogueKind::Market && deposit.isNegative())
        errors.append({QStringLiteral("deposit"), tr("The deposit cannot be negative.")});
    if (kind == CatalogueKind::ViolationType && (points < 0 || points > maximumPoints))
        errors.append({QStringLiteral("points"), tr("Points run from 0 to %1.").arg(maximumPoints)});
    return errors;
}

QJsonObject SaveCatalogueEntry::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("kind"), enumKey(kind));
    json.insert(QStringLiteral("entryId"), entryId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("key"), key);
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("depositFen"), QString::number(deposit.fen()));
    json.insert(QStringLiteral("points"), points);
    json.insert(QStringLiteral("marketId"), marketId);
    json.insert(QStringLiteral("position"), position);
    json.insert(QStringLiteral("active"), active);
    return json;
}

SaveCatalogueEntry SaveCatalogueEntry::fromJson(const QJsonObject& json)
{
    SaveCatalogueEntry command;
    command.header = CommandHeader::fromJson(json);
    command.kind = enumFromKey<CatalogueKind>(json.value(QStringLiteral("kind")).toString())
                       .value_or(CatalogueKind::Market);
    command.entryId = json.value(QStringLiteral("entryId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.key = json.value(QStringLiteral("key")).toString();
    command.text = json.value(QStringLiteral("text")).toString();
    command.deposit = Money::fromFen(json.value(QStringLiteral("depositFen")).toString().toLongLong());
    command.points = json.value(QStringLiteral("points")).toInt();
    command.marketId = json.value(QStringLiteral("marketId")).toString();
    command.position = json.value(QStringLiteral("position")).toInt();
    command.active = json.value(QStringLiteral("active")).toBool();
    return command;
}
