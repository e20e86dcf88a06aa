#pragma once

#include "attachedfile.h"
#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

/// Records a violation (SPEC 2.4) processed at the command's time: its points count in the year
/// of that time, whatever the date the violation occurred.
struct RecordViolation
{
    Q_DECLARE_TR_FUNCTIONS(RecordViolation)
public:
    static constexpr const char* name = "violation.record";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumDescriptionLength = 1000;
    static constexpr qint64 maximumFileSize = qint64(20) * 1024 * 1024;

    CommandHeader header;
    QString violationId;
    VendorId vendorId;
    QString violationTypeId;
    QDate occurredOn;
    QString description;
    QList<AttachedFile> evidence; ///< in the JSON by name and size only

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static RecordViolation fromJson(const QJsonObject& json);
};
