#pragma once

#include "commandheader.h"

#include <QJsonObject>
#include <QString>

/// Sets one configurable figure (SPEC: "configurable" values live in the settings table).
/// `baseVersion` is the version the user saw, 0 when the key had no row yet.
struct SaveSetting
{
    static constexpr const char* name = "settings.save";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString key;
    QString value;
    int baseVersion = 0;

    QJsonObject toJson() const;
    static SaveSetting fromJson(const QJsonObject& json);
};
