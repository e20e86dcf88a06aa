#include "recorddepositentry.h"

#include <QLocale>
#include <QRegularExpression>

FieldErrors RecordDepositEntry::validate(Money balance) const
{
    FieldErrors errors;
    if (amount <= Money())
        errors.append({QStringLiteral("amount"), tr("Enter an amount above zero.")});
    const bool takesMoney = kind == DepositEntryKind::Deduction || kind == DepositEntryKind::Refund;
    if (takesMoney && amount > balance)
        errors.append(
            {QStringLiteral("amount"),
             tr("The deposit holds only %1; no more can be taken from it.").arg(balance.format(QLocale()))});
    static const QRegularExpression receiptPattern(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
    if (hasReceipt(kind) && !receiptPattern.match(receiptNo.trimmed()).hasMatch())
        errors.append({QStringLiteral("receipt_no"),
                       tr("Enter the receipt number: 4 to 32 letters, digits or hyphens.")});
    if (kind == DepositEntryKind::Deduction && reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say why the deposit is deducted.")});
    if (kind == DepositEntryKind::Settlement && reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Name the settlement the amount is taken from.")});
    if (reason.trimmed().size() > maximumReasonLength)
        errors.append({QStringLiteral("reason"),
                       tr("The reason may have at most %1 characters.").arg(maximumReasonLength)});
    return errors;
}

QJsonObject RecordDepositEntry::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("entryId"), entryId);
    json.insert(QStringLiteral("vendorId"), vendorId.toString());
    json.insert(QStringLiteral("kind"), enumKey(kind));
    json.insert(QStringLiteral("amountFen"), QString::number(amount.fen()));
    json.insert(QStringLiteral("reason"), reason);
    json.insert(QStringLiteral("receiptNo"), receiptNo);
    json.insert(QStringLiteral("violationId"), violationId);
    return json;
}

RecordDepositEntry RecordDepositEntry::fromJson(const QJsonObject& json)
{
    RecordDepositEntry command;
    command.header = CommandHeader::fromJson(json);
    command.entryId = json.value(QStringLiteral("entryId")).toString();
    command.vendorId = VendorId::fromString(json.value(QStringLiteral("vendorId")).toString());
    command.kind = enumFromKey<DepositEntryKind>(json.value(QStringLiteral("kind")).toString())
                       .value_or(DepositEntryKind::Payment);
    command.amount = Money::fromFen(json.value(QStringLiteral("amountFen")).toString().toLongLong());
    command.reason = json.value(QStringLiteral("reason")).toString();
    command.receiptNo = json.value(QStringLiteral("receiptNo")).toString();
    command.violationId = json.value(QStringLiteral("violationId")).toString();
    return command;
}
