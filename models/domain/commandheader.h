#pragma once

#include "typedid.h"

#include <QDateTime>
#include <QJsonObject>

/// What every command carries besides its own fields: a unique id that makes a retry harmless,
/// who acts, and the instant of the action (UTC). All three are decided by the caller.
struct CommandHeader
{
    CommandId id;
    QString actor;
    QDateTime at;

    /// The envelope every command's JSON starts from: this header plus the command's stable name
    /// and schema version.
    QJsonObject toJson(const char* commandName, int schemaVersion) const;
    static CommandHeader fromJson(const QJsonObject& json);
};
