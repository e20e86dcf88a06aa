#include "democontractwriter.h"

#include "contractservice.h"
#include "database.h"
#include "demorandom.h"
#include "query.h"
#include "storageerror.h"

#include <QDateTime>

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

struct Pair
{
    QString buyerId;
    QString vendorId;
    QString buyerName;
    QString phone;
    bool individual = false;
    QStringList orderIds; ///< paid orders, newest first
};

} // namespace

void DemoContractWriter::write(int pairs)
{
    Query::execute(m_database,
                   QStringLiteral("UPDATE buyers SET kind = 'individual' WHERE id IN "
                                  "(SELECT buyer_id FROM invoice_titles WHERE kind = 'personal')"));
    Query query(
        m_database,
        QStringLiteral("SELECT o.buyer_id, o.vendor_id, b.name, b.contact_phone, b.kind, o.id FROM orders o "
                       "JOIN buyers b ON b.id = o.buyer_id WHERE o.status || '' IN ('paid', 'completed') "
                       "AND o.order_type <> 'refund' "
                       // The first pairs come from the first buyers; sorting a million orders for them
                       // would take seconds. The status is an expression so that the orders are found
                       // through the buyers' index, not by reading most of them through the status one.
                       "AND o.buyer_id IN (SELECT id FROM buyers ORDER BY id LIMIT :buyers) "
                       "ORDER BY o.buyer_id, o.vendor_id, o.paid_at DESC"));
    query.bind(QStringLiteral(":buyers"), pairs * 4).exec();
    QList<Pair> found;
    while (query.next() && found.size() <= pairs) {
        if (found.isEmpty() || found.last().buyerId != query.value(0).toString()
            || found.last().vendorId != query.value(1).toString())
            found.append({query.value(0).toString(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          query.value(3).toString(),
                          query.value(4).toString() == QStringLiteral("individual"),
                          {}});
        found.last().orderIds.append(query.value(5).toString());
    }
    if (found.size() > pairs)
        found.removeLast(); // its orders were cut short by the limit

    ContractService service(m_database);
    qint64 at = m_anchorMs - 60 * dayMs;
    const auto header = [this, &at] {
        at += m_random.between(1, 30) * 60 * 1000;
        return CommandHeader {CommandId(QUuid::fromString(m_random.uuid())), QStringLiteral("demo"),
                              QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)};
    };
    const auto check = [](const WriteOutcome& outcome) {
        if (!outcome.succeeded())
            throw StorageError(QStringLiteral("demo contract: %1 %2")
                                   .arg(outcome.message, outcome.fieldErrors.value(0).message));
        return outcome.newVersion;
    };
    const auto moveAll = [&](const QString& id, int version, const QList<ContractAction>& actions) {
        for (ContractAction action : actions) {
            MoveContract move;
            move.header = header();
            move.contractId = id;
            move.baseVersion = version;
            move.action = action;
            if (ContractWorkflow::needsReason(action))
                move.reason = QStringLiteral("客户要求调整条款");
            version = check(service.move(move));
        }
        return version;
    };
    const QList<ContractAction> toEffective {ContractAction::ConfirmSignature,
                                             ContractAction::FinishGenerating, ContractAction::CustomerSigns,
                                             ContractAction::PlatformSigns};
    for (const Pair& pair : std::as_const(found)) {
        SaveContractDraft draft;
        draft.header = header();
        draft.contractId = m_random.uuid();
        draft.buyerId = pair.buyerId;
        draft.vendorId = pair.vendorId;
        draft.kind = ContractKind::Framework;
        draft.seal = pair.individual || m_random.chance(40) ? SealMethod::TwoSided : SealMethod::OneSided;
        draft.partyA
            = {pair.buyerName, QStringLiteral("上海市浦东新区世纪大道%1号").arg(m_random.between(1, 999)),
               pair.buyerName.left(3), pair.phone, QStringLiteral("contracts@example.cn")};
        const QDate start = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
        draft.validFrom = start;
        draft.validUntil = start.addYears(1).addDays(-1);
        const int fate = m_random.below(10);
        draft.step = fate == 0 ? ContractSubState::FillingIn : ContractSubState::ConfirmingSignature;
        int version = check(service.saveDraft(draft));
        if (fate <= 1)
            continue; // stays a draft
        if (fate == 2) {
            moveAll(draft.contractId, version,
                    {ContractAction::ConfirmSignature, ContractAction::FinishGenerating});
            continue; // waits for the customer
        }
        version = moveAll(draft.contractId, version, toEffective);
        if (pair.orderIds.isEmpty())
            continue;
        SaveContractDraft order = draft;
        order.header = header();
        order.contractId = m_random.uuid();
        order.kind = m_random.chance(25) ? ContractKind::Filing : ContractKind::Order;
        order.orderIds = pair.orderIds.mid(0, qMin(qsizetype(1 + m_random.below(3)), pair.orderIds.size()));
        if (order.kind == ContractKind::Filing)
            order.filingProject = QStringLiteral("%1信息化建设项目").arg(pair.buyerName.left(4));
        const int orderVersion = moveAll(order.contractId, check(service.saveDraft(order)), toEffective);
        if (m_random.chance(50)) {
            RequestPaperCopy paper;
            paper.header = header();
            paper.contractId = order.contractId;
            paper.baseVersion = orderVersion;
            paper.copies = 1 + m_random.below(2);
            paper.recipient = order.partyA.contact;
            paper.phone = order.partyA.phone;
            paper.address = order.partyA.address;
            paper.postcode = QStringLiteral("200120");
            check(service.requestPaperCopy(paper));
        }
        if (fate == 9)
            moveAll(draft.contractId, version, {ContractAction::Terminate});
    }
}
