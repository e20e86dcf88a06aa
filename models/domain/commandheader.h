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

    QJsonObject toJson() const;
    static CommandHeader fromJson(const QJsonObject& json);
};
