#include "moveinvoicerequest.h"

#include "fieldvalidators.h"

#include <QRegularExpression>

FieldErrors MoveInvoiceRequest::validate(InvoiceMedium medium, InvoiceStatus from) const
{
    FieldErrors errors;
    const auto check = [&errors](const char* field, const std::optional<QString>& error) {
        if (error)
            errors.append({QLatin1String(field), *error});
    };
    switch (action) {
    case InvoiceAction::Issue:
        check("invoice_no", FieldValidators::invoiceNumber(invoiceNo));
        if (medium == InvoiceMedium::Paper) {
            check("courier", FieldValidators::requiredText(courier, 50));
            check("tracking_no", FieldValidators::trackingNumber(trackingNo));
        } else {
            check("email", FieldValidators::email(email));
            static const QRegularExpression extension(QStringLiteral("\\.(pdf|xml|ofd)$"),
                                                      QRegularExpression::CaseInsensitiveOption);
            if (fileName.isEmpty() || fileContent.isEmpty())
                errors.append({QStringLiteral("file"), tr("Attach the invoice file (PDF, XML or OFD).")});
            else if (!extension.match(fileName).hasMatch())
                errors.append(
                    {QStringLiteral("file"), tr("The invoice file must be a PDF, XML or OFD file.")});
            else if (fileContent.size() > maximumFileSize)
                errors.append({QStringLiteral("file"), tr("The invoice file is larger than 20 MB.")});
        }
        break;
    case InvoiceAction::MarkFailed:
    case InvoiceAction::DeclineReturn:
        check("reason", FieldValidators::requiredText(reason, 200));
        break;
    case InvoiceAction::RequestReturn:
        if (!enumFromKey<ReturnReason>(returnReason))
            errors.append({QStringLiteral("return_reason"), tr("Choose why the invoice is returned.")});
        if (note.trimmed().isEmpty())
            errors.append({QStringLiteral("note"), tr("Explain the return in a few words.")});
        else if (note.trimmed().size() > maximumNoteLength)
            errors.append({QStringLiteral("note"),
                           tr("The explanation may have at most %1 characters.").arg(maximumNoteLength)});
        if (medium == InvoiceMedium::Paper && from == InvoiceStatus::Delivered) {
            check("return_courier", FieldValidators::requiredText(returnCourier, 50));
            check("return_tracking_no", FieldValidators::trackingNumber(returnTrackingNo));
        }
        if (!redLetterNo.trimmed().isEmpty())
            check("red_letter_no", FieldValidators::redLetterNumber(redLetterNo));
        break;
    case InvoiceAction::AcceptReturn:
        if (!redLetterNo.trimmed().isEmpty())
            check("red_letter_no", FieldValidators::redLetterNumber(redLetterNo));
        break;
    default:
        break;
    }
    return errors;
}

QJsonObject MoveInvoiceRequest::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("requestId"), requestId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("action"), enumKey(action));
    json.insert(QStringLiteral("actor"), enumKey(actor));
    const auto put = [&json](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("invoiceNo", invoiceNo);
    put("courier", courier);
    put("trackingNo", trackingNo);
    put("email", email);
    put("fileName", fileName);
    if (!fileContent.isEmpty())
        json.insert(QStringLiteral("fileSize"), QString::number(fileContent.size()));
    put("returnReason", returnReason);
    if (booked)
        json.insert(QStringLiteral("booked"), true);
    put("redLetterNo", redLetterNo);
    put("returnCourier", returnCourier);
    put("returnTrackingNo", returnTrackingNo);
    put("note", note);
    put("reason", reason);
    return json;
}

MoveInvoiceRequest MoveInvoiceRequest::fromJson(const QJsonObject& json)
{
    MoveInvoiceRequest command;
    command.header = CommandHeader::fromJson(json);
    command.requestId = json.value(QStringLiteral("requestId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.action = enumFromKey<InvoiceAction>(json.value(QStringLiteral("action")).toString())
                         .value_or(InvoiceAction::Start);
    command.actor = enumFromKey<InvoiceActor>(json.value(QStringLiteral("actor")).toString())
                        .value_or(InvoiceActor::Clerk);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.invoiceNo = get("invoiceNo");
    command.courier = get("courier");
    command.trackingNo = get("trackingNo");
    command.email = get("email");
    command.fileName = get("fileName");
    command.returnReason = get("returnReason");
    command.booked = json.value(QStringLiteral("booked")).toBool();
    command.redLetterNo = get("redLetterNo");
    command.returnCourier = get("returnCourier");
    command.returnTrackingNo = get("returnTrackingNo");
    command.note = get("note");
    command.reason = get("reason");
    return command;
}
