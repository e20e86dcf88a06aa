#pragma once

#include "applicationworkflow.h"
#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// A reviewer's move on an application seen at `baseVersion`: start the review, approve it (which
/// creates the vendor `vendorId` with the application's markets) or reject it with a reason.
struct DecideApplication
{
    Q_DECLARE_TR_FUNCTIONS(DecideApplication)
public:
    static constexpr const char* name = "application.decide";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumReasonLength = 500;

    CommandHeader header;
    QString applicationId;
    int baseVersion = 0;
    ApplicationAction action = ApplicationAction::StartReview;
    /// Why it is rejected; for an approval, why the unticked checklist items are overridden.
    QString reason;
    VendorId vendorId; ///< the vendor an approval creates

    /// A rejection needs a reason; an approval with `untickedItems` > 0 needs the override's reason.
    FieldErrors validate(int untickedItems) const;
    QJsonObject toJson() const;
    static DecideApplication fromJson(const QJsonObject& json);
};
