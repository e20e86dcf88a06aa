#pragma once

#include "commandheader.h"
#include "deliveryworkflow.h"
#include "fielderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

/// A file kept with a delivery step: a requirement document, an implementation report, …
struct DeliveryAttachment
{
    QString fileName;
    QByteArray content;
};

/// One step of SPEC 4 on one delivery the user saw at `baseVersion`: the text the step says and
/// the files it brings. Refund steps are made through RequestRefund and DecideRefund.
struct MoveDelivery
{
    Q_DECLARE_TR_FUNCTIONS(MoveDelivery)
public:
    static constexpr const char* name = "delivery.move";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumTextLength = 2000;
    static constexpr int maximumAttachments = 10;
    static constexpr qint64 maximumFileSize = qint64(20) * 1024 * 1024;

    CommandHeader header;
    QString deliveryId;
    int baseVersion = 0;
    DeliveryAction action = DeliveryAction::SubmitRequirement;
    DeliveryActor actor = DeliveryActor::Vendor;
    QString text;
    QList<DeliveryAttachment> attachments; ///< in the JSON by name and size only

    /// The problems with the text and files, checked without the database.
    FieldErrors validate() const;

    QJsonObject toJson() const;
    static MoveDelivery fromJson(const QJsonObject& json);
};
