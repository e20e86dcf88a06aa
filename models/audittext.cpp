#include "audittext.h"

#include "domaintext.h"
#include "enumkeys.h"
#include "invoiceenums.h"
#include "invoiceworkflow.h"
#include "materialchangetext.h"
#include "money.h"
#include "onboardingenums.h"
#include "systemreason.h"
#include "vendorenums.h"
#include "vendorlifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// Record ids and bookkeeping columns: nothing a person can read, and the History tab already
/// says when and by whom.
bool isHidden(const QString& key)
{
    if (key == QLatin1String("taxpayer_id"))
        return false;
    return key == QLatin1String("id") || key.endsWith(QLatin1String("_id"))
        || key.endsWith(QLatin1String("_ids")) || key == QLatin1String("created_at")
        || key == QLatin1String("updated_at") || key == QLatin1String("version");
}

/// A number the audit log may hold as a JSON number or as its text.
qint64 integerOf(const QJsonValue& value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

} // namespace

QString AuditText::step(const QString& entity, const QString& action)
{
    if (entity == QLatin1String("invoice_request")) {
        if (const auto invoiceAction = enumFromKey<InvoiceAction>(action))
            return DomainText::name(*invoiceAction);
        if (action == QLatin1String("create"))
            return tr("Created");
        if (action == QLatin1String("switch_to_normal"))
            return tr("Switched to normal invoice");
    } else if (entity == QLatin1String("vendor")) {
        if (const auto vendorAction = enumFromKey<VendorAction>(action))
            return DomainText::name(*vendorAction);
        if (action == QLatin1String("create"))
            return tr("Admitted");
        if (action == QLatin1String("update_contact"))
            return tr("Contact changed");
        if (action == QLatin1String("rename"))
            return tr("Renamed");
    } else if (entity == QLatin1String("deposit_entry")) {
        if (const auto kind = enumFromKey<DepositEntryKind>(action))
            return tr("Deposit: %1").arg(DomainText::name(*kind));
        if (action == QLatin1String("mail_receipt"))
            return tr("Deposit receipt mailed");
    } else if (entity == QLatin1String("deposit_surcharge")) {
        if (action == QLatin1String("propose"))
            return tr("Surcharge proposed");
        if (action == QLatin1String("confirm"))
            return tr("Surcharge confirmed");
        if (action == QLatin1String("decline"))
            return tr("Surcharge declined");
    } else if (entity == QLatin1String("violation") && action == QLatin1String("record")) {
        return tr("Violation recorded");
    } else if (entity == QLatin1String("vendor_change")) {
        if (action == QLatin1String("record"))
            return tr("Material change recorded");
        if (action == QLatin1String("report"))
            return tr("Material change reported");
    }
    return entity + QLatin1Char(' ') + action;
}

QList<std::pair<QString, QString>> AuditText::fields()
{
    return {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("amount_fen"), tr("Amount")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("reason_code"), tr("Reason")},
        {QStringLiteral("leave_reason"), tr("Why it left")},
        {QStringLiteral("deposit_shortfall"), tr("For a deposit shortfall")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("points"), tr("Points")},
        {QStringLiteral("counted_year"), tr("Counted in year")},
        {QStringLiteral("before"), tr("Before")},
        {QStringLiteral("after"), tr("After")},
        {QStringLiteral("effective_on"), tr("Effective on")},
        {QStringLiteral("reported_on"), tr("Reported on")},
        {QStringLiteral("receipt_no"), tr("Receipt number")},
        {QStringLiteral("contact_person"), tr("Contact person")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("request_no"), tr("Request number")},
        {QStringLiteral("order_no"), tr("Order ID")},
        {QStringLiteral("customer_no"), tr("Customer ID")},
        {QStringLiteral("contact_phone"), tr("Contact phone")},
        {QStringLiteral("invoice_type"), tr("Invoice type")},
        {QStringLiteral("switched_to_normal"), tr("Switched to normal invoice")},
        {QStringLiteral("buyer_consent"), tr("Buyer's consent")},
        {QStringLiteral("medium"), tr("Medium")},
        {QStringLiteral("title_kind"), tr("Title kind")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("taxpayer_id"), tr("Taxpayer ID")},
        {QStringLiteral("registered_address"), tr("Registered address")},
        {QStringLiteral("registered_phone"), tr("Registered phone")},
        {QStringLiteral("bank"), tr("Bank")},
        {QStringLiteral("bank_account"), tr("Bank account")},
        {QStringLiteral("statement_period"), tr("Statement period")},
        {QStringLiteral("applied_at"), tr("Applied at")},
        {QStringLiteral("due_at"), tr("Issue by")},
        {QStringLiteral("action_due_at"), tr("Next deadline")},
        {QStringLiteral("invoice_no"), tr("Invoice number")},
        {QStringLiteral("invoiced_at"), tr("Invoiced at")},
        {QStringLiteral("file"), tr("File")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("recipient"), tr("Recipient")},
        {QStringLiteral("recipient_phone"), tr("Recipient's phone")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("postcode"), tr("Postcode")},
        {QStringLiteral("cash_on_delivery"), tr("Cash on delivery")},
        {QStringLiteral("courier"), tr("Courier")},
        {QStringLiteral("tracking_no"), tr("Tracking number")},
        {QStringLiteral("failure_reason"), tr("Why it failed")},
        {QStringLiteral("return_reason"), tr("Return reason")},
        {QStringLiteral("return_note"), tr("Return explanation")},
        {QStringLiteral("return_booked"), tr("Booked by the buyer")},
        {QStringLiteral("return_requested_at"), tr("Return requested at")},
        {QStringLiteral("return_courier"), tr("Return courier")},
        {QStringLiteral("return_tracking_no"), tr("Return tracking number")},
        {QStringLiteral("red_letter_no"), tr("Red-letter confirmation number")},
        {QStringLiteral("red_letter_deadline_at"), tr("Red-letter form lapses at")},
        {QStringLiteral("decline_reason"), tr("Why the return was declined")},
        {QStringLiteral("on_behalf_of"), tr("On behalf of")},
    };
}

QString AuditText::valueText(const QString& entity, const QString& key, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items << valueText(entity, key, item);
        return items.join(QStringLiteral(", "));
    }
    if (key.endsWith(QLatin1String("_fen")))
        return Money::fromFen(integerOf(value)).format(QLocale());
    if (key.endsWith(QLatin1String("_at"))) {
        const qint64 ms = integerOf(value);
        return ms == InvoiceWorkflow::nothingDue ? tr("nothing due") : DomainText::localTime(ms);
    }
    QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (key == QLatin1String("status")) {
        if (entity == QLatin1String("vendor"))
            return DomainText::nameOfKey<VendorStatus>(text);
        if (entity == QLatin1String("invoice_request"))
            return DomainText::nameOfKey<InvoiceStatus>(text);
        if (entity == QLatin1String("deposit_surcharge"))
            return DomainText::nameOfKey<SurchargeStatus>(text);
    }
    if (key == QLatin1String("kind")) {
        if (entity == QLatin1String("deposit_entry"))
            return DomainText::nameOfKey<DepositEntryKind>(text);
        if (const auto kind = enumFromKey<MaterialChangeKind>(text);
            kind && entity == QLatin1String("vendor_change"))
            return MaterialChangeText::name(*kind);
    }
    if (key == QLatin1String("invoice_type"))
        return DomainText::nameOfKey<InvoiceType>(text);
    if (key == QLatin1String("medium"))
        return DomainText::nameOfKey<InvoiceMedium>(text);
    if (key == QLatin1String("title_kind"))
        return DomainText::nameOfKey<TitleKind>(text);
    if (key == QLatin1String("return_reason"))
        return DomainText::nameOfKey<ReturnReason>(text);
    if (key == QLatin1String("reason_code"))
        return SystemReason::shown(text, QString());
    if (key == QLatin1String("leave_reason"))
        return DomainText::nameOfKey<LeaveReason>(text);
    if (key == QLatin1String("on_behalf_of")) {
        if (text == enumKey(InvoiceActor::Buyer))
            return tr("the buyer");
        if (text == enumKey(InvoiceActor::System))
            return tr("MarketDesk, by the rules");
    }
    return text;
}

QString AuditText::change(const QString& entity, const QString& beforeJson, const QString& afterJson)
{
    const QJsonObject before = objectOf(beforeJson);
    const QJsonObject after = objectOf(afterJson);
    const QList<std::pair<QString, QString>> known = fields();
    QStringList keys = after.keys();
    const auto rank = [&](const QString& key) {
        const auto found = std::find_if(known.cbegin(), known.cend(),
                                        [&](const auto& field) { return field.first == key; });
        return found - known.cbegin();
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString& left, const QString& right) { return rank(left) < rank(right); });
    QStringList lines;
    for (const QString& key : std::as_const(keys)) {
        if (isHidden(key))
            continue;
        const qsizetype index = rank(key);
        const QString name = index < known.size() ? known.at(index).second : key;
        const QString now = valueText(entity, key, after.value(key));
        if (!before.contains(key)) {
            lines << tr("%1: %2").arg(name, now);
            continue;
        }
        const QString was = valueText(entity, key, before.value(key));
        if (was != now)
            lines << tr("%1: %2 → %3").arg(name, was, now);
    }
    return lines.join(QLatin1Char('\n'));
}
