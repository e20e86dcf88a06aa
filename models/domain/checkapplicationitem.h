#pragma once

#include "commandheader.h"

#include <QJsonObject>

/// Ticks (or unticks) one item of the entry checklist of an application under review, with the
/// reviewer's note.
struct CheckApplicationItem
{
    static constexpr const char* name = "application.check_item";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString applicationId;
    QString conditionId;
    bool ticked = false;
    QString note;

    QJsonObject toJson() const;
    static CheckApplicationItem fromJson(const QJsonObject& json);
};
