#include "alibabainvoicepage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

/// A JSON value the API sends as a number or as a string, as text.
QString text(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

/// Invoice types 2 and 3 are 数电 (fully digital) invoices, normal and special.
constexpr int digitalNormal = 2;
constexpr int digitalSpecial = 3;

} // namespace

QDateTime AlibabaInvoicePage::parseTime(const QString& text)
{
    QDateTime china = QDateTime::fromString(text.trimmed(), timeFormat);
    if (!china.isValid())
        return {};
    china.setTimeZone(QTimeZone(8 * 3600));
    return china.toUTC();
}

QString AlibabaInvoicePage::formatTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(timeFormat);
}

std::optional<Money> AlibabaInvoicePage::parseYuan(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = decimal.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2).leftJustified(2, u'0');
    return Money::fromFen(match.captured(1).toLongLong() * 100 + fraction.toLongLong());
}

AlibabaInvoicePage AlibabaInvoicePage::parse(const QJsonObject& response)
{
    AlibabaInvoicePage page;
    page.count = text(response.value(QStringLiteral("Count"))).toLongLong();
    page.pageNumber = text(response.value(QStringLiteral("PageNumber"))).toInt();
    const QJsonArray results = response.value(QStringLiteral("Result")).toArray();
    for (const auto& value : results) {
        const QJsonObject item = value.toObject();
        MarketplaceInvoice invoice;
        invoice.marketplaceId = text(item.value(QStringLiteral("Id")));
        const QString label = invoice.marketplaceId.isEmpty() ? tr("(no ID)") : invoice.marketplaceId;
        if (invoice.marketplaceId.isEmpty()) {
            page.problems << tr("Request %1: the Id is missing.").arg(label);
            continue;
        }
        const QString status = text(item.value(QStringLiteral("Status")));
        invoice.pending = status == QStringLiteral("0");
        if (!invoice.pending && status != QStringLiteral("1") && status != QStringLiteral("Success")) {
            page.problems << tr("Request %1: unknown Status \"%2\".").arg(label, status);
            continue;
        }
        invoice.marketplaceType = text(item.value(QStringLiteral("Type"))).toInt();
        invoice.type
            = invoice.marketplaceType == digitalSpecial ? InvoiceType::VatSpecial : InvoiceType::VatNormal;
        if (invoice.marketplaceType == digitalNormal || invoice.marketplaceType == digitalSpecial)
            invoice.medium = InvoiceMedium::Digital;
        else
            invoice.medium = text(item.value(QStringLiteral("MaterialType"))) == QStringLiteral("1")
                ? InvoiceMedium::Electronic
                : InvoiceMedium::Paper;
        invoice.customerNo = text(item.value(QStringLiteral("UserId")));
        invoice.title = item.value(QStringLiteral("Title")).toString().trimmed();
        const QString price = text(item.value(QStringLiteral("Price")));
        const auto amount = parseYuan(price);
        if (!amount || amount->fen() == 0) {
            page.problems << tr("Request %1: the Price \"%2\" is not an amount.").arg(label, price);
            continue;
        }
        invoice.amount = *amount;
        invoice.userNotice = item.value(QStringLiteral("UserNotice")).toString();
        invoice.checkNotice = item.value(QStringLiteral("CheckNotice")).toString();
        invoice.appliedAt = parseTime(item.value(QStringLiteral("CreateTimeStr")).toString());
        if (!invoice.appliedAt.isValid()) {
            page.problems << tr("Request %1: the CreateTimeStr \"%2\" is not a time.")
                                 .arg(label, item.value(QStringLiteral("CreateTimeStr")).toString());
            continue;
        }
        const QJsonObject receipt = item.value(QStringLiteral("ReceiptUserInfoDto")).toObject();
        invoice.taxpayerId = receipt.value(QStringLiteral("TaxNumber")).toString().trimmed();
        invoice.bank = receipt.value(QStringLiteral("BankName")).toString().trimmed();
        invoice.bankAccount = text(receipt.value(QStringLiteral("BankAccount"))).trimmed();
        invoice.registeredAddress = receipt.value(QStringLiteral("RegAddress")).toString().trimmed();
        invoice.registeredPhone = text(receipt.value(QStringLiteral("RegPhone"))).trimmed();
        const QJsonObject address = item.value(QStringLiteral("UserAddressDto")).toObject();
        invoice.recipient = address.value(QStringLiteral("Addressee")).toString().trimmed();
        invoice.recipientPhone = text(address.value(QStringLiteral("Phone"))).trimmed();
        invoice.address = address.value(QStringLiteral("DeliveryAddress")).toString().trimmed();
        invoice.postcode = text(address.value(QStringLiteral("PostalCode"))).trimmed();
        invoice.email = address.value(QStringLiteral("Emails")).toString().trimmed();
        const QJsonArray evaluateList = item.value(QStringLiteral("EvaluateList")).toArray();
        for (const auto& orderValue : evaluateList) {
            const QJsonObject source = orderValue.toObject();
            MarketplaceInvoice::Order order;
            order.orderNo = text(source.value(QStringLiteral("OutBizId")));
            order.isBill = text(source.value(QStringLiteral("OrderType"))) == QStringLiteral("1");
            order.amount = parseYuan(text(source.value(QStringLiteral("Amount")))).value_or(Money());
            order.at = parseTime(source.value(QStringLiteral("BizTimeStr")).toString());
            order.productCode = source.value(QStringLiteral("ProductCode")).toString();
            order.productName = source.value(QStringLiteral("ProductName")).toString();
            if (!order.orderNo.isEmpty())
                invoice.orders << order;
        }
        if (invoice.orders.isEmpty()) {
            page.problems << tr("Request %1: the EvaluateList names no order.").arg(label);
            continue;
        }
        page.invoices << invoice;
    }
    return page;
}
