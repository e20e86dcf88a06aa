#include "demodatawriter.h"

#include "batchinserter.h"
#include "database.h"
#include "demoapplicationwriter.h"
#include "democontractwriter.h"
#include "demodeliverywriter.h"
#include "demomaterialchange.h"
#include "demorandom.h"
#include "demovocabulary.h"
#include "deriveddatasuspension.h"
#include "invoicerequestrepository.h"
#include "invoiceworkflow.h"
#include "orderenums.h"
#include "orderrepository.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"
#include "violationpoints.h"

#include <algorithm>

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 dayMinutes = 1440;
constexpr std::uint64_t seed = 20261123;

using Place = DemoPlace;

/// What the queue's "time left" counts down to for a demo request in `status`.
qint64 actionDueAt(const QString& status, qint64 issueDueAt, qint64 returnDueAt)
{
    const auto value = enumFromKey<InvoiceStatus>(status);
    if (value && InvoiceWorkflow::awaitsIssue(*value))
        return issueDueAt;
    if (value && InvoiceWorkflow::awaitsReturnDecision(*value))
        return returnDueAt;
    return InvoiceWorkflow::nothingDue;
}

struct Vendor
{
    QString id;
    QString name;
};

struct Product
{
    QString id;
    int vendor = 0;
    QString deliveryType;
    qint64 priceFen = 0;
};

struct Buyer
{
    QString id;
    QString customerNo;
    QString phone;
    QString titleId;
    QString titleKind;
    QString title;
    QString taxpayerId;
    Place place;
    QString recipient;
    QString address;
    QString postcode;
};

/// Everything one write() builds, so the steps below share it without long argument lists.
class Builder
{
public:
    Builder(Database& database, qint64 anchorMs, const DemoDataWriter::Counts& counts,
            const DemoDataWriter::Progress& progress)
        : m_database(database)
        , m_random(seed)
        , m_anchorMs(anchorMs)
        , m_counts(counts)
        , m_progress(progress)
    { }

    void run()
    {
        writeUsers();
        writeVendors();
        writeBuyers();
        DemoApplicationWriter::write(m_database, m_random, m_anchorMs, m_counts.applications,
                                     [this] { tick(1); });
        writeOrders();
    }

private:
    QVariant nullValue() const { return QVariant(); }

    void tick(qint64 rows)
    {
        m_done += rows;
        if (m_progress && (m_done % 20000 == 0 || m_done == total()))
            m_progress(m_done, total());
    }
    qint64 total() const
    {
        return m_counts.orders * 2 + m_counts.vendors + m_counts.buyers + m_counts.applications;
    }

    void writeUsers()
    {
        BatchInserter users(m_database, QStringLiteral("users"),
                            {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"),
                             QStringLiteral("created_at")});
        BatchInserter userRoles(m_database, QStringLiteral("user_roles"),
                                {QStringLiteral("user_id"), QStringLiteral("role_id")});
        userRoles.setPrerequisite(&users);
        // The roles migration 0008 seeds: reviewer, clerk, delivery, entry, admin.
        const QStringList roleIds {QStringLiteral("6f1c2a40-0005-4000-8000-000000000001"),
                                   QStringLiteral("6f1c2a40-0005-4000-8000-000000000002"),
                                   QStringLiteral("6f1c2a40-0005-4000-8000-000000000003"),
                                   QStringLiteral("6f1c2a40-0005-4000-8000-000000000004"),
                                   QStringLiteral("6f1c2a40-0005-4000-8000-000000000005")};
        for (int i = 0; i < 8; ++i) {
            const QString id = m_random.uuid();
            users.add({id, QStringLiteral("user%1").arg(i + 1), DemoVocabulary::personName(m_random),
                       m_anchorMs - 400 * dayMs});
            userRoles.add({id, roleIds.at(i % roleIds.size())});
        }
        userRoles.flush();
    }

    void writeVendors()
    {
        BatchInserter vendors(m_database, QStringLiteral("vendors"),
                              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("credit_code"),
                               QStringLiteral("entity_type"), QStringLiteral("category"),
                               QStringLiteral("contact_person"), QStringLiteral("phone"),
                               QStringLiteral("email"), QStringLiteral("province"), QStringLiteral("city"),
                               QStringLiteral("status"), QStringLiteral("joined_at"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at")});
        BatchInserter vendorMarkets(
            m_database, QStringLiteral("vendor_markets"),
            {QStringLiteral("vendor_id"), QStringLiteral("market_id"), QStringLiteral("joined_at")});
        BatchInserter deposits(m_database, QStringLiteral("deposit_entries"),
                               {QStringLiteral("id"), QStringLiteral("vendor_id"), QStringLiteral("kind"),
                                QStringLiteral("amount_fen"), QStringLiteral("reason"),
                                QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
                                QStringLiteral("receipt_no")});
        BatchInserter violations(
            m_database, QStringLiteral("violations"),
            {QStringLiteral("id"), QStringLiteral("vendor_id"), QStringLiteral("violation_type_id"),
             QStringLiteral("points"), QStringLiteral("counted_year"), QStringLiteral("description"),
             QStringLiteral("occurred_at"), QStringLiteral("processed_at"), QStringLiteral("recorded_by")});
        violations.setPrerequisite(&vendors);
        BatchInserter changes(m_database, QStringLiteral("vendor_changes"), DemoMaterialChange::columns());
        changes.setPrerequisite(&vendors);
        BatchInserter products(m_database, QStringLiteral("products"),
                               {QStringLiteral("id"), QStringLiteral("vendor_id"),
                                QStringLiteral("market_id"), QStringLiteral("name"),
                                QStringLiteral("delivery_type"), QStringLiteral("price_fen"),
                                QStringLiteral("warranty_days"), QStringLiteral("status"),
                                QStringLiteral("listed_at"), QStringLiteral("security_reviewed_at"),
                                QStringLiteral("created_at"), QStringLiteral("updated_at")});
        // Every product was reviewed before it was listed: each item of its checklist ticked.
        BatchInserter productChecks(m_database, QStringLiteral("product_checks"),
                                    {QStringLiteral("product_id"), QStringLiteral("item_key"),
                                     QStringLiteral("ticked"), QStringLiteral("checked_by"),
                                     QStringLiteral("checked_at")});
        productChecks.setPrerequisite(&products);
        // Products are listed only over a deposit paid in full (migration 0007): the payments and
        // the vendors' markets reach the database first, the later deductions and settlements
        // after the products.
        vendorMarkets.setPrerequisite(&vendors);
        deposits.setPrerequisite(&vendorMarkets);
        products.setPrerequisite(&deposits);
        QList<QVariantList> laterLedgerLines;
        QList<std::pair<QString, qint64>> markets;
        Query marketQuery(m_database,
                          QStringLiteral("SELECT id, deposit_fen FROM markets ORDER BY sort_order"));
        marketQuery.exec();
        while (marketQuery.next())
            markets.append({marketQuery.value(0).toString(), marketQuery.value(1).toLongLong()});

        for (qint64 i = 0; i < m_counts.vendors; ++i) {
            const Place& place
                = DemoVocabulary::places().at(m_random.below(int(DemoVocabulary::places().size())));
            const QString id = m_random.uuid();
            const QString name = place.city + m_random.pick(DemoVocabulary::companyWords())
                + m_random.pick(DemoVocabulary::companyTrades())
                + (i >= qint64(DemoVocabulary::companyWords().size() * DemoVocabulary::companyTrades().size())
                       ? QString::number(i)
                       : QString())
                + QStringLiteral("有限公司");
            // Every eighth vendor from the fifth on is suspended, exited or expelled: each state shows
            // even in the smallest data set.
            static const QStringList statuses {QStringLiteral("active"), QStringLiteral("active"),
                                               QStringLiteral("active"), QStringLiteral("active"),
                                               QStringLiteral("active"), QStringLiteral("suspended"),
                                               QStringLiteral("exited"), QStringLiteral("expelled")};
            const QString& status = statuses.at(i % statuses.size());
            const qint64 joined = m_anchorMs - m_random.between(30, 1500) * dayMs;
            const QString category = DemoVocabulary::weighted(m_random,
                                                              {{QStringLiteral("software"), 50},
                                                               {QStringLiteral("service"), 30},
                                                               {QStringLiteral("website_building"), 20}});
            vendors.add({id, name, DemoVocabulary::creditCode(m_random), QStringLiteral("enterprise"),
                         category, DemoVocabulary::personName(m_random), m_random.mobile(),
                         QStringLiteral("contact%1@vendor%1.example.cn").arg(i), place.province, place.city,
                         status, joined, joined, joined});
            m_vendors.append({id, name});

            qint64 depositDue = 0;
            const int marketCount = 1 + m_random.below(3);
            const int firstMarket = m_random.below(int(markets.size()));
            QStringList vendorMarketIds;
            for (int m = 0; m < marketCount; ++m) {
                const auto& market = markets.at((firstMarket + m) % markets.size());
                vendorMarkets.add({id, market.first, joined});
                vendorMarketIds << market.first;
                depositDue = std::max(depositDue, market.second);
            }
            deposits.add({m_random.uuid(), id, QStringLiteral("payment"), depositDue,
                          QStringLiteral("银行转账"), joined + dayMs, QStringLiteral("user1"),
                          QStringLiteral("BZJ-%1").arg(i + 1, 6, 10, QLatin1Char('0'))});
            if (status == QStringLiteral("suspended") || m_random.chance(10)) {
                // Every other active vendor's deduction was yesterday, so its time to top up still
                // runs; the others' is long past, and the due jobs suspend an active one.
                const qint64 processed = status == QStringLiteral("active") && i % 2 == 0
                    ? m_anchorMs - dayMs
                    : joined + 90 * dayMs;
                laterLedgerLines.append({m_random.uuid(), id, QStringLiteral("deduction"), qint64(200000),
                                         QStringLiteral("违规扣除"), processed, QStringLiteral("user1"),
                                         nullValue()});
                // A suspended vendor did not top up, and its next settlement covered only a part.
                if (status == QStringLiteral("suspended"))
                    laterLedgerLines.append({m_random.uuid(), id, QStringLiteral("settlement"), qint64(50000),
                                             QStringLiteral("月度结算抵扣"), processed + 20 * dayMs,
                                             QStringLiteral("user1"), nullValue()});
                // 引导站外交易 (12 points), the violation the deduction punished.
                violations.add(
                    {m_random.uuid(), id, QStringLiteral("6f1c2a40-0004-4000-8000-000000000002"), 12,
                     ViolationPoints::countedYear(QDateTime::fromMSecsSinceEpoch(processed, Qt::UTC)),
                     QStringLiteral("引导买家站外交易"), processed - 3 * dayMs, processed,
                     QStringLiteral("user1")});
            }

            if (status == QStringLiteral("active"))
                changes.add(DemoMaterialChange::row(id, place.city, i, m_anchorMs));

            for (int p = 0; p < 4; ++p) {
                const QString deliveryType
                    = DemoVocabulary::deliveryTypes().at((i + p) % DemoVocabulary::deliveryTypes().size());
                const qint64 price = m_random.between(1, 500) * 10000;
                const QString productId = m_random.uuid();
                products.add(
                    {productId, id, vendorMarketIds.at(p % vendorMarketIds.size()),
                     m_random.pick(DemoVocabulary::productStems())
                         + QStringLiteral(" %1 版").arg(QChar(u'A' + p)),
                     deliveryType, price,
                     deliveryType == QStringLiteral("manual_service") ? DemoDeliveryWriter::warrantyDays : 0,
                     QStringLiteral("listed"), joined + 7 * dayMs, joined + 6 * dayMs, joined, joined});
                m_products.append({productId, int(i), deliveryType, price});
                for (ListingCheck item : enumValues<ListingCheck>())
                    productChecks.add(
                        {productId, enumKey(item), true, QStringLiteral("user1"), joined + 6 * dayMs});
            }
            tick(1);
        }
        products.flush();
        for (const QVariantList& line : std::as_const(laterLedgerLines))
            deposits.add(line);
        deposits.flush();
        productChecks.flush();
        violations.flush();
        changes.flush();
    }

    void writeBuyers()
    {
        BatchInserter buyers(m_database, QStringLiteral("buyers"),
                             {QStringLiteral("id"), QStringLiteral("customer_no"), QStringLiteral("name"),
                              QStringLiteral("contact_phone"), QStringLiteral("email"),
                              QStringLiteral("created_at")});
        BatchInserter titles(m_database, QStringLiteral("invoice_titles"),
                             {QStringLiteral("id"), QStringLiteral("buyer_id"), QStringLiteral("kind"),
                              QStringLiteral("title"), QStringLiteral("taxpayer_id"), QStringLiteral("bank"),
                              QStringLiteral("account"), QStringLiteral("created_at")});
        BatchInserter addresses(
            m_database, QStringLiteral("mailing_addresses"),
            {QStringLiteral("id"), QStringLiteral("buyer_id"), QStringLiteral("recipient"),
             QStringLiteral("phone"), QStringLiteral("province"), QStringLiteral("city"),
             QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("is_default")});
        titles.setPrerequisite(&buyers);
        addresses.setPrerequisite(&buyers);
        for (qint64 i = 0; i < m_counts.buyers; ++i) {
            Buyer buyer;
            buyer.id = m_random.uuid();
            buyer.customerNo = QString::number(1000000000000000LL + i * 7919 + m_random.below(7919));
            buyer.phone = m_random.mobile();
            buyer.place = DemoVocabulary::places().at(m_random.below(int(DemoVocabulary::places().size())));
            buyer.titleKind = DemoVocabulary::weighted(m_random,
                                                       {{QStringLiteral("enterprise"), 70},
                                                        {QStringLiteral("personal"), 20},
                                                        {QStringLiteral("organisation"), 10}});
            const QString company = buyer.place.city + m_random.pick(DemoVocabulary::companyWords())
                + m_random.pick(DemoVocabulary::companyTrades()) + QStringLiteral("有限公司");
            buyer.title = buyer.titleKind == QStringLiteral("personal") ? QStringLiteral("个人")
                : buyer.titleKind == QStringLiteral("organisation")
                ? buyer.place.city + QStringLiteral("第%1中学").arg(1 + i % 40)
                : company;
            buyer.taxpayerId = buyer.titleKind == QStringLiteral("personal")
                ? QString()
                : DemoVocabulary::creditCode(m_random);
            buyer.titleId = m_random.uuid();
            buyer.recipient = DemoVocabulary::personName(m_random);
            buyer.address = QStringLiteral("%1%2%3号")
                                .arg(buyer.place.city, m_random.pick(DemoVocabulary::streets()))
                                .arg(1 + m_random.below(999));
            buyer.postcode = buyer.place.postcodePrefix + m_random.digits(3);
            const QString buyerName
                = buyer.titleKind == QStringLiteral("personal") ? buyer.recipient : buyer.title;
            buyers.add({buyer.id, buyer.customerNo, buyerName, buyer.phone,
                        QStringLiteral("buyer%1@example.cn").arg(i), m_anchorMs - 800 * dayMs});
            titles.add({buyer.titleId, buyer.id, buyer.titleKind, buyer.title, buyer.taxpayerId,
                        buyer.titleKind == QStringLiteral("enterprise")
                            ? QStringLiteral("中国工商银行%1分行").arg(buyer.place.city)
                            : QString(),
                        buyer.titleKind == QStringLiteral("enterprise") ? m_random.digits(19) : QString(),
                        m_anchorMs - 800 * dayMs});
            addresses.add({m_random.uuid(), buyer.id, buyer.recipient, buyer.phone, buyer.place.province,
                           buyer.place.city, buyer.address, buyer.postcode, true});
            m_buyers.append(buyer);
            tick(1);
        }
        buyers.flush();
        titles.flush();
        addresses.flush();
    }

    void writeOrders();

    Database& m_database;
    DemoRandom m_random;
    qint64 m_anchorMs;
    DemoDataWriter::Counts m_counts;
    const DemoDataWriter::Progress& m_progress;
    qint64 m_done = 0;
    QList<Vendor> m_vendors;
    QList<Product> m_products;
    QList<Buyer> m_buyers;
};

void Builder::writeOrders()
{
    BatchInserter orders(
        m_database, QStringLiteral("orders"),
        {QStringLiteral("id"), QStringLiteral("order_no"), QStringLiteral("buyer_id"),
         QStringLiteral("customer_no"), QStringLiteral("contact_phone"), QStringLiteral("vendor_id"),
         QStringLiteral("product_id"), QStringLiteral("order_type"), QStringLiteral("status"),
         QStringLiteral("paid_fen"), QStringLiteral("voucher_fen"), QStringLiteral("refunded_fen"),
         QStringLiteral("paid_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BatchInserter requests(m_database, QStringLiteral("invoice_requests"),
                           {QStringLiteral("id"),
                            QStringLiteral("request_no"),
                            QStringLiteral("order_id"),
                            QStringLiteral("order_no"),
                            QStringLiteral("customer_no"),
                            QStringLiteral("contact_phone"),
                            QStringLiteral("buyer_id"),
                            QStringLiteral("vendor_id"),
                            QStringLiteral("title_id"),
                            QStringLiteral("title_kind"),
                            QStringLiteral("title"),
                            QStringLiteral("taxpayer_id"),
                            QStringLiteral("invoice_type"),
                            QStringLiteral("medium"),
                            QStringLiteral("amount_fen"),
                            QStringLiteral("status"),
                            QStringLiteral("applied_at"),
                            QStringLiteral("due_at"),
                            QStringLiteral("action_due_at"),
                            QStringLiteral("invoiced_at"),
                            QStringLiteral("invoice_no"),
                            QStringLiteral("courier"),
                            QStringLiteral("tracking_no"),
                            QStringLiteral("email"),
                            QStringLiteral("recipient"),
                            QStringLiteral("recipient_phone"),
                            QStringLiteral("address"),
                            QStringLiteral("postcode"),
                            QStringLiteral("cash_on_delivery"),
                            QStringLiteral("return_reason"),
                            QStringLiteral("return_note"),
                            QStringLiteral("created_at"),
                            QStringLiteral("updated_at")});
    BatchInserter refunds(m_database, QStringLiteral("refunds"),
                          {QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("reason"),
                           QStringLiteral("reason_text"), QStringLiteral("amount_fen"),
                           QStringLiteral("status"), QStringLiteral("order_status_before"),
                           QStringLiteral("requested_at"), QStringLiteral("requested_by"),
                           QStringLiteral("decided_at"), QStringLiteral("decided_by")});
    requests.setPrerequisite(&orders);
    refunds.setPrerequisite(&orders);
    DemoDeliveryWriter deliveries(m_database, m_random, m_anchorMs, orders);
    const QVariant null = nullValue();

    for (qint64 i = 0; i < m_counts.orders; ++i) {
        const Product& product = m_products.at(m_random.below(int(m_products.size())));
        const Vendor& vendor = m_vendors.at(product.vendor);
        const Buyer& buyer = m_buyers.at(m_random.below(int(m_buyers.size())));
        const QString orderId = m_random.uuid();
        const QString orderNo = QString::number(200000000000000LL + i * 37 + m_random.below(37));
        const QString orderType = DemoVocabulary::weighted(m_random,
                                                           {{QStringLiteral("new"), 60},
                                                            {QStringLiteral("renewal"), 25},
                                                            {QStringLiteral("change_of_spec"), 10},
                                                            {QStringLiteral("refund"), 5}});
        const qint64 paid = product.priceFen * (1 + m_random.below(3));
        const qint64 voucher = m_random.chance(10) ? 1000 * (1 + m_random.below(5)) : 0;
        const qint64 paidAt = m_anchorMs - m_random.between(0, 365 * dayMinutes) * 60000;

        QString invoiceStatus = DemoVocabulary::weighted(m_random, DemoVocabulary::invoiceStatusWeights());
        const QString orderStatus = invoiceStatus == QStringLiteral("refunded") ? QStringLiteral("refunded")
            : m_random.chance(3)                                                ? QStringLiteral("refunding")
            : m_random.chance(30)                                               ? QStringLiteral("completed")
                                                                                : QStringLiteral("paid");
        const qint64 refunded = orderStatus == QStringLiteral("refunded") ? paid : 0;
        orders.add({orderId, orderNo, buyer.id, buyer.customerNo, buyer.phone, vendor.id, product.id,
                    orderType, orderStatus, paid, voucher, refunded, paidAt, paidAt, paidAt});
        // A refunding order has its request waiting for the platform, a refunded one its approval.
        if (orderStatus == QStringLiteral("refunding") || orderStatus == QStringLiteral("refunded")) {
            const bool approved = orderStatus == QStringLiteral("refunded");
            const qint64 requestedAt
                = std::min(paidAt + m_random.between(60, 3 * dayMinutes) * 60000, m_anchorMs);
            refunds.add({m_random.uuid(), orderId, QStringLiteral("cannot_deliver"),
                         QStringLiteral("服务商无法按期交付"), paid,
                         approved ? QStringLiteral("approved") : QStringLiteral("requested"),
                         QStringLiteral("paid"), requestedAt, QStringLiteral("user1"),
                         approved ? QVariant(requestedAt + dayMs) : null,
                         approved ? QVariant(QStringLiteral("reviewer1")) : null});
        }
        tick(1);

        const bool special = buyer.titleKind == QStringLiteral("enterprise") && m_random.chance(25);
        const QString medium = DemoVocabulary::weighted(m_random,
                                                        {{QStringLiteral("paper"), 50},
                                                         {QStringLiteral("electronic"), 30},
                                                         {QStringLiteral("digital"), 20}});
        if (medium != QStringLiteral("paper")
            && (invoiceStatus == QStringLiteral("mailing") || invoiceStatus == QStringLiteral("delivered")))
            invoiceStatus = QStringLiteral("issued");
        // Requests still waiting were made in the last ten days, as in a queue that is being worked.
        const auto awaiting = enumFromKey<InvoiceStatus>(invoiceStatus);
        const qint64 appliedAt = awaiting && InvoiceWorkflow::awaitsIssue(*awaiting)
            ? std::max(paidAt, m_anchorMs - m_random.between(10, 10 * dayMinutes) * 60000)
            : paidAt + m_random.between(10, 10 * dayMinutes) * 60000;
        const bool invoiced = DemoVocabulary::isInvoiced(invoiceStatus);
        const qint64 invoicedAt = appliedAt + m_random.between(60, 6 * dayMinutes) * 60000;
        const bool shipped = invoiced && medium == QStringLiteral("paper");
        requests.add(
            {m_random.uuid(),
             QStringLiteral("FP%1").arg(i + 1, 10, 10, QLatin1Char('0')),
             orderId,
             orderNo,
             buyer.customerNo,
             buyer.phone,
             buyer.id,
             vendor.id,
             buyer.titleId,
             buyer.titleKind,
             buyer.title,
             buyer.taxpayerId,
             special ? QStringLiteral("vat_special") : QStringLiteral("vat_normal"),
             medium,
             paid,
             invoiceStatus,
             appliedAt,
             appliedAt + 7 * dayMs,
             actionDueAt(invoiceStatus, appliedAt + 7 * dayMs,
                         m_anchorMs + m_random.between(-2 * dayMinutes, 3 * dayMinutes) * 60000),
             invoiced ? QVariant(invoicedAt) : null,
             invoiced ? QVariant(m_random.digits(8)) : null,
             shipped ? QVariant(m_random.pick(DemoVocabulary::couriers())) : null,
             shipped ? QVariant(QStringLiteral("SF") + m_random.digits(12)) : null,
             medium == QStringLiteral("paper")
                 ? null
                 : QVariant(QStringLiteral("finance@%1.example.cn").arg(buyer.customerNo)),
             buyer.recipient,
             buyer.phone,
             buyer.address,
             buyer.postcode,
             paid <= 5000 && m_random.chance(50),
             DemoVocabulary::isReturn(invoiceStatus) ? QVariant(QStringLiteral("wrong_tax_id")) : null,
             DemoVocabulary::isReturn(invoiceStatus) ? QVariant(QStringLiteral("税号填写错误，请重开"))
                                                     : null,
             appliedAt,
             appliedAt});
        tick(1);

        if (product.deliveryType != QStringLiteral("manual_service"))
            continue;
        deliveries.add({orderId, vendor.id, vendor.name, buyer.customerNo, orderStatus, paidAt});
    }
    orders.flush();
    refunds.flush();
    requests.flush();
    deliveries.flush();
}

} // namespace

DemoDataWriter::DemoDataWriter(Database& database, const QDateTime& anchor)
    : m_database(database)
    , m_anchorMs(anchor.toMSecsSinceEpoch())
{ }

DemoDataWriter::Counts DemoDataWriter::plannedCounts(int scale)
{
    Counts counts;
    counts.orders = std::max(scale, 0);
    counts.invoiceRequests = counts.orders;
    counts.vendors = std::clamp<qint64>(counts.orders / 500, 8, 2000);
    counts.products = counts.vendors * 4;
    counts.buyers = std::clamp<qint64>(counts.orders / 10, 20, 100000);
    counts.applications = std::clamp<qint64>(counts.orders / 1000, 10, 500);
    return counts;
}

bool DemoDataWriter::holdsData()
{
    Query existing(m_database,
                   QStringLiteral("SELECT (SELECT COUNT(*) FROM vendors) + (SELECT COUNT(*) FROM orders)"));
    existing.exec();
    return existing.next() && existing.value(0).toLongLong() > 0;
}

QString DemoDataWriter::write(int scale, const Progress& progress)
{
    if (scale < 1)
        return tr("The demo data scale must be a whole number of 1 or more.");
    QString error = applySettings(m_database.dialect().bulkLoadSettings());
    if (error.isEmpty())
        error = load(scale, progress);
    // Back to the usual settings whether or not the load worked.
    const QString restoreError = applySettings(m_database.dialect().afterBulkLoadSettings());
    return error.isEmpty() ? restoreError : error;
}

QString DemoDataWriter::applySettings(const QStringList& statements)
{
    try {
        for (const QString& statement : statements)
            Query::execute(m_database, statement);
    } catch (const StorageError& error) {
        return tr("Writing the demo data failed; nothing was kept.\n%1").arg(error.message());
    }
    return {};
}

QString DemoDataWriter::load(int scale, const Progress& progress)
{
    try {
        Transaction transaction(m_database);
        if (holdsData())
            return tr(
                "The database already holds vendors or orders; demo data goes into an empty database only.");
        // Secondary indexes are built once after the load, far cheaper than row by row.
        QList<std::pair<QString, QString>> indexes;
        for (const QString& table : {QStringLiteral("orders"), QStringLiteral("invoice_requests"),
                                     QStringLiteral("deliveries"), QStringLiteral("delivery_steps"),
                                     QStringLiteral("invoice_titles"), QStringLiteral("mailing_addresses")}) {
            Query list(m_database, m_database.dialect().secondaryIndexesQuery());
            list.bind(QStringLiteral(":table"), table).exec();
            while (list.next())
                indexes.append({list.value(0).toString(), list.value(1).toString()});
        }
        for (const auto& index : std::as_const(indexes))
            Query::execute(m_database, QStringLiteral("DROP INDEX %1").arg(index.first));
        DerivedDataSuspension derivedData(
            m_database, {InvoiceRequestRepository::tableSpec(), OrderRepository::tableSpec()});
        derivedData.suspend();
        Builder builder(m_database, m_anchorMs, plannedCounts(scale), progress);
        builder.run();
        derivedData.resume();
        for (const QString& setting : m_database.dialect().indexBuildSettings())
            Query::execute(m_database, setting);
        for (const auto& index : std::as_const(indexes))
            Query::execute(m_database, index.second);
        DemoRandom contractRandom(m_anchorMs);
        DemoContractWriter(m_database, contractRandom, m_anchorMs).write(std::clamp(scale / 50, 5, 200));
        for (const QString& statement :
             m_database.dialect().rebuildCountsStatements(InvoiceRequestRepository::tableSpec().countsTable))
            Query::execute(m_database, statement);
        transaction.commit();
    } catch (const StorageError& error) {
        return tr("Writing the demo data failed; nothing was kept.\n%1").arg(error.message());
    }
    return {};
}
