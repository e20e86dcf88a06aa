#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "invoiceworkflow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

/// One move of SPEC 5.4 on one request the user saw at `baseVersion`, with what the move takes.
struct MoveInvoiceRequest
{
    Q_DECLARE_TR_FUNCTIONS(MoveInvoiceRequest)
public:
    static constexpr const char* name = "invoice.move";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString requestId;
    int baseVersion = 0;
    InvoiceAction action = InvoiceAction::Start;
    InvoiceActor actor = InvoiceActor::Clerk;

    // Issue: the number, and courier + tracking number (paper) or e-mail + file (electronic, 数电).
    QString invoiceNo;
    QString courier;
    QString trackingNo;
    QString email;
    QString fileName;
    QByteArray fileContent; ///< not part of the JSON: the file is stored with the request

    // RequestReturn: reason key, whether the buyer had deducted/booked it, the red-letter
    // confirmation number, the paper invoice sent back, and an explanation of at most 100
    // characters. AcceptReturn may bring the red-letter number too.
    QString returnReason;
    bool booked = false;
    QString redLetterNo;
    QString returnCourier;
    QString returnTrackingNo;
    QString note;

    /// MarkFailed and DeclineReturn: why.
    QString reason;

    /// The problems with the fields `action` takes, for a request of `medium` now in `from`:
    /// everything that can be checked without the database.
    FieldErrors validate(InvoiceMedium medium, InvoiceStatus from) const;
    /// The largest invoice file accepted, in bytes.
    static constexpr qint64 maximumFileSize = qint64(20) * 1024 * 1024;
    static constexpr int maximumNoteLength = 100;

    QJsonObject toJson() const;
    static MoveInvoiceRequest fromJson(const QJsonObject& json);
};
