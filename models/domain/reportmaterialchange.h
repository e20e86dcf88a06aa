#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

/// Records that the vendor reported a material change the platform had recorded as awaited, on
/// China date `reportedOn`.
struct ReportMaterialChange
{
    Q_DECLARE_TR_FUNCTIONS(ReportMaterialChange)
public:
    static constexpr const char* name = "vendor_change.report";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString changeId;
    int baseVersion = 0;
    QDate reportedOn;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static ReportMaterialChange fromJson(const QJsonObject& json);
};
