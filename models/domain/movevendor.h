#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "vendorlifecycle.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

/// Changes a vendor's standing (SPEC 2.5) from what the reviewer saw at `baseVersion`: suspend or
/// lift the suspension with a note, let it exit or expel it with a reason. Expelling delists every
/// product and deducts the whole deposit in the same transaction.
struct MoveVendor
{
    Q_DECLARE_TR_FUNCTIONS(MoveVendor)
public:
    static constexpr const char* name = "vendor.move";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumNoteLength = 500;

    CommandHeader header;
    VendorId vendor;
    int baseVersion = 0;
    VendorAction action = VendorAction::Suspend;
    std::optional<LeaveReason> reason;
    QString note;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static MoveVendor fromJson(const QJsonObject& json);
};
