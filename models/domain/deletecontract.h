#pragma once

#include "commandheader.h"

#include <QJsonObject>

/// Deletes a voided contract the user saw at `baseVersion`, which releases its orders for another
/// contract. The audit log keeps the deleted row.
struct DeleteContract
{
    static constexpr const char* name = "contract.delete";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString contractId;
    int baseVersion = 0;

    QJsonObject toJson() const
    {
        QJsonObject json = header.toJson(name, schemaVersion);
        json.insert(QStringLiteral("contractId"), contractId);
        json.insert(QStringLiteral("baseVersion"), baseVersion);
        return json;
    }
    static DeleteContract fromJson(const QJsonObject& json)
    {
        return {CommandHeader::fromJson(json), json.value(QStringLiteral("contractId")).toString(),
                json.value(QStringLiteral("baseVersion")).toInt()};
    }
};
