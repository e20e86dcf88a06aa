#include "contractrepository.h"

#include "contractrules.h"
#include "database.h"
#include "duetime.h"
#include "query.h"

namespace {

std::optional<qint64> optionalMs(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

/// The display name of an order type as the contract text states it, in Chinese like the text.
QString orderTypeText(OrderType type)
{
    switch (type) {
    case OrderType::New:
        return QStringLiteral("新购");
    case OrderType::Renewal:
        return QStringLiteral("续费");
    case OrderType::ChangeOfSpec:
        return QStringLiteral("变配");
    case OrderType::Refund:
        return QStringLiteral("退款");
    }
    return {};
}

} // namespace

TableSpec ContractRepository::tableSpec()
{
    TableSpec spec;
    spec.from = QStringLiteral(
        "contracts c JOIN buyers b ON b.id = c.buyer_id JOIN vendors v ON v.id = c.vendor_id");
    spec.idExpression = QStringLiteral("c.id");
    spec.statusExpression = QStringLiteral("c.state");
    spec.columns = {
        {QStringLiteral("contract_no"), QStringLiteral("c.contract_no"), ColumnKind::Text, true},
        {QStringLiteral("kind"), QStringLiteral("c.kind"), ColumnKind::Enum, true},
        {QStringLiteral("seal"), QStringLiteral("c.seal"), ColumnKind::Enum, true},
        {QStringLiteral("applied_at"), QStringLiteral("c.created_at"), ColumnKind::DateTime, true},
        {QStringLiteral("validity"), QStringLiteral("c.valid_from || ' – ' || c.valid_until"),
         ColumnKind::Text, true},
        {QStringLiteral("state"), QStringLiteral("c.state"), ColumnKind::Enum, true},
        {QStringLiteral("sub_state"), QStringLiteral("c.sub_state"), ColumnKind::Enum, true},
        {QStringLiteral("customer_no"), QStringLiteral("b.customer_no"), ColumnKind::Text, true},
        {QStringLiteral("vendor"), QStringLiteral("v.name"), ColumnKind::Text, true},
        {QStringLiteral("total"), QStringLiteral("c.total_fen"), ColumnKind::Money, true},
        {QStringLiteral("paper_copy_due"),
         QStringLiteral("CASE WHEN c.paper_mailed_at IS NULL AND c.state = 'effective' "
                        "THEN COALESCE(c.paper_due_at, %1) ELSE %1 END")
             .arg(nothingDueMs),
         ColumnKind::DateTime, true},
    };
    spec.searchExpressions = {QStringLiteral("c.contract_no"), QStringLiteral("b.customer_no"),
                              QStringLiteral("c.party_a_name"), QStringLiteral("v.name")};
    spec.deadlineColumn = PaperCopyDue;
    spec.defaultSortColumn = AppliedAt;
    spec.defaultDescending = true;
    return spec;
}

std::optional<ContractRepository::Detail> ContractRepository::detail(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT c.version, c.contract_no, c.kind, c.seal, c.sub_state, b.id, b.customer_no, b.name, "
            "b.kind, v.id, v.name, COALESCE(f.contract_no, ''), c.total_fen, c.party_a_name, "
            "c.party_a_address, c.party_a_contact, c.party_a_phone, c.party_a_email, c.valid_from, "
            "c.valid_until, c.filing_project, c.body, c.state_reason, c.created_by, c.created_at, "
            "c.customer_signed_at, c.effective_at, c.ended_at, c.paper_copies, "
            "COALESCE(c.paper_recipient, ''), COALESCE(c.paper_phone, ''), "
            "COALESCE(c.paper_address, ''), COALESCE(c.paper_postcode, ''), c.paper_requested_at, "
            "c.paper_due_at, COALESCE(c.paper_courier, ''), COALESCE(c.paper_tracking_no, ''), "
            "c.paper_mailed_at FROM contracts c JOIN buyers b ON b.id = c.buyer_id "
            "JOIN vendors v ON v.id = c.vendor_id LEFT JOIN contracts f ON f.id = c.framework_id "
            "WHERE c.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    Detail d;
    int column = 0;
    const auto next = [&query, &column] { return query.value(column++); };
    d.id = id;
    d.version = next().toInt();
    d.contractNo = next().toString();
    d.kind = enumFromKey<ContractKind>(next().toString()).value_or(ContractKind::Framework);
    d.seal = enumFromKey<SealMethod>(next().toString()).value_or(SealMethod::OneSided);
    d.subState = enumFromKey<ContractSubState>(next().toString()).value_or(ContractSubState::FillingIn);
    d.buyer.id = next().toString();
    d.buyer.customerNo = next().toString();
    d.buyer.name = next().toString();
    d.buyer.individual = next().toString() == QStringLiteral("individual");
    d.vendor.id = next().toString();
    d.vendor.name = next().toString();
    d.frameworkNo = next().toString();
    d.total = Money::fromFen(next().toLongLong());
    d.partyA.name = next().toString();
    d.partyA.address = next().toString();
    d.partyA.contact = next().toString();
    d.partyA.phone = next().toString();
    d.partyA.email = next().toString();
    d.validFrom = QDate::fromString(next().toString(), Qt::ISODate);
    d.validUntil = QDate::fromString(next().toString(), Qt::ISODate);
    d.filingProject = next().toString();
    d.body = next().toString();
    d.stateReason = next().toString();
    d.createdBy = next().toString();
    d.createdAtMs = next().toLongLong();
    d.customerSignedAtMs = optionalMs(next());
    d.effectiveAtMs = optionalMs(next());
    d.endedAtMs = optionalMs(next());
    d.paperCopies = next().toInt();
    d.paperRecipient = next().toString();
    d.paperPhone = next().toString();
    d.paperAddress = next().toString();
    d.paperPostcode = next().toString();
    d.paperRequestedAtMs = optionalMs(next());
    d.paperDueAtMs = optionalMs(next());
    d.paperCourier = next().toString();
    d.paperTrackingNo = next().toString();
    d.paperMailedAtMs = optionalMs(next());

    Query lines(m_database,
                QStringLiteral("SELECT o.id, o.order_no, p.name, o.order_type, co.amount_fen "
                               "FROM contract_orders co JOIN orders o ON o.id = co.order_id "
                               "JOIN products p ON p.id = o.product_id "
                               "WHERE co.contract_id = :id ORDER BY co.position"));
    lines.bind(QStringLiteral(":id"), id).exec();
    while (lines.next()) {
        d.orderIds.append(lines.value(0).toString());
        d.lines.append(
            {lines.value(1).toString(), lines.value(2).toString(),
             orderTypeText(enumFromKey<OrderType>(lines.value(3).toString()).value_or(OrderType::New)),
             Money::fromFen(lines.value(4).toLongLong())});
    }
    return d;
}

std::optional<ContractRepository::Buyer> ContractRepository::buyerByCustomerNo(const QString& customerNo)
{
    Query query(m_database, QStringLiteral("SELECT id FROM buyers WHERE customer_no = :no"));
    query.bind(QStringLiteral(":no"), customerNo.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return buyer(query.value(0).toString());
}

std::optional<ContractRepository::Buyer> ContractRepository::buyer(const QString& id)
{
    Query query(m_database, QStringLiteral("SELECT customer_no, name, kind FROM buyers WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return Buyer {id, query.value(0).toString(), query.value(1).toString(),
                  query.value(2).toString() == QStringLiteral("individual")};
}

QList<ContractRepository::Vendor> ContractRepository::vendors()
{
    Query query(m_database,
                QStringLiteral("SELECT id, name FROM vendors WHERE status IN ('active', 'suspended') "
                               "ORDER BY name, id"));
    query.exec();
    QList<Vendor> vendors;
    while (query.next())
        vendors.append({query.value(0).toString(), query.value(1).toString()});
    return vendors;
}

QList<ContractRepository::CandidateOrder> ContractRepository::candidateOrders(const QString& buyerId,
                                                                              const QString& vendorId,
                                                                              const QString& contractId)
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT o.id, o.order_no, p.name, o.order_type, o.status, o.paid_fen, o.refunded_fen, "
            "o.paid_at, COALESCE(c.contract_no, '') FROM orders o JOIN products p ON p.id = o.product_id "
            "LEFT JOIN contract_orders co ON co.order_id = o.id AND co.contract_id <> :contract "
            "LEFT JOIN contracts c ON c.id = co.contract_id "
            "WHERE o.buyer_id = :buyer AND o.vendor_id = :vendor ORDER BY o.paid_at DESC, o.id"));
    query.bind(QStringLiteral(":contract"), contractId)
        .bind(QStringLiteral(":buyer"), buyerId)
        .bind(QStringLiteral(":vendor"), vendorId)
        .exec();
    QList<CandidateOrder> orders;
    while (query.next()) {
        CandidateOrder order;
        order.id = query.value(0).toString();
        order.orderNo = query.value(1).toString();
        order.productName = query.value(2).toString();
        order.type = enumFromKey<OrderType>(query.value(3).toString()).value_or(OrderType::New);
        order.status = enumFromKey<OrderStatus>(query.value(4).toString()).value_or(OrderStatus::Paid);
        order.amount
            = ContractRules::lineAmount(order.type, order.status, Money::fromFen(query.value(5).toLongLong()),
                                        Money::fromFen(query.value(6).toLongLong()));
        order.paidAtMs = query.value(7).toLongLong();
        order.otherContractNo = query.value(8).toString();
        orders.append(order);
    }
    return orders;
}

std::optional<PartyADetails> ContractRepository::partyA(const QString& buyerId)
{
    Query query(m_database,
                QStringLiteral("SELECT name, address, contact, phone, email FROM party_a_details "
                               "WHERE buyer_id = :buyer"));
    query.bind(QStringLiteral(":buyer"), buyerId).exec();
    if (!query.next())
        return std::nullopt;
    return PartyADetails {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString()};
}

std::optional<ContractRepository::Reference> ContractRepository::validFramework(const QString& buyerId,
                                                                                const QString& vendorId)
{
    Query query(m_database,
                QStringLiteral("SELECT id, contract_no, sub_state FROM contracts WHERE buyer_id = :buyer "
                               "AND vendor_id = :vendor AND kind = 'framework' "
                               "AND state IN ('draft', 'signing', 'effective')"));
    query.bind(QStringLiteral(":buyer"), buyerId).bind(QStringLiteral(":vendor"), vendorId).exec();
    if (!query.next())
        return std::nullopt;
    return Reference {
        query.value(0).toString(), query.value(1).toString(),
        enumFromKey<ContractSubState>(query.value(2).toString()).value_or(ContractSubState::FillingIn)};
}

ContractDocument ContractRepository::document(const SaveContractDraft& draft, const QString& contractNo,
                                              const QString& frameworkNo,
                                              const QList<CandidateOrder>& candidates)
{
    ContractDocument document;
    document.contractNo = contractNo;
    document.kind = draft.kind;
    document.seal = draft.seal;
    document.partyA = draft.partyA;
    document.validFrom = draft.validFrom;
    document.validUntil = draft.validUntil;
    document.frameworkNo = frameworkNo;
    document.filingProject = draft.filingProject;
    Query vendor(m_database,
                 QStringLiteral("SELECT name, credit_code, province || city, contact_person, phone, "
                                "email FROM vendors WHERE id = :id"));
    vendor.bind(QStringLiteral(":id"), draft.vendorId).exec();
    if (vendor.next())
        document.partyB
            = {vendor.value(0).toString(), vendor.value(1).toString(), vendor.value(2).toString(),
               vendor.value(3).toString(), vendor.value(4).toString(), vendor.value(5).toString()};
    for (const QString& orderId : draft.orderIds) {
        for (const CandidateOrder& order : candidates) {
            if (order.id == orderId) {
                document.lines.append({order.orderNo, order.productName, orderTypeText(order.type),
                                       order.amount.value_or(Money())});
                break;
            }
        }
    }
    return document;
}
