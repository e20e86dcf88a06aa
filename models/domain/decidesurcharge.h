#pragma once

#include "commandheader.h"

#include <QJsonObject>

/// A reviewer confirms or declines a proposed deposit surcharge (SPEC 2.3). A confirmed surcharge
/// is due for one year from the decision.
struct DecideSurcharge
{
    static constexpr const char* name = "deposit.decide_surcharge";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString surchargeId;
    int baseVersion = 0;
    bool confirm = false;

    QJsonObject toJson() const;
    static DecideSurcharge fromJson(const QJsonObject& json);
};
