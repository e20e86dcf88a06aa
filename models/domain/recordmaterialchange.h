#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "onboardingenums.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

/// Records a vendor's material change (SPEC 2.5): what changed, from what to what, the China date
/// it took effect and the date the vendor reported it — none when the platform learned of it
/// first, and the report is still awaited. A new company name renames the vendor.
struct RecordMaterialChange
{
    Q_DECLARE_TR_FUNCTIONS(RecordMaterialChange)
public:
    static constexpr const char* name = "vendor_change.record";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumValueLength = 200;
    static constexpr int maximumNoteLength = 1000;

    CommandHeader header;
    QString changeId;
    VendorId vendorId;
    MaterialChangeKind kind = MaterialChangeKind::CompanyName;
    QDate effectiveOn;
    QDate reportedOn; ///< null while not reported
    QString before;
    QString after;
    QString note;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static RecordMaterialChange fromJson(const QJsonObject& json);
};
