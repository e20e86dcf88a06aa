#include "contractfixture.h"

#include "contractservice.h"
#include "database.h"
#include "invoicefixture.h"
#include "query.h"

#include <QUuid>

void ContractFixture::write(Database& database)
{
    InvoiceFixture::write(database);
    Query(database, QStringLiteral("UPDATE buyers SET kind = 'individual' WHERE id = :id"))
        .bind(QStringLiteral(":id"), QLatin1String(InvoiceFixture::personalBuyerId))
        .exec();
    const qint64 at = InvoiceFixture::now().toMSecsSinceEpoch() - 3600000;
    Query(database,
          QStringLiteral("INSERT INTO orders (id, order_no, buyer_id, customer_no, contact_phone, vendor_id, "
                         "product_id, order_type, status, paid_fen, paid_at, created_at, updated_at) "
                         "VALUES (:id, '1006', :buyer, 'C880001', '13900001111', :vendor, "
                         "'0b1c0000-0000-4000-8000-000000000010', 'refund', 'paid', 40000, :at, :at, :at)"))
        .bind(QStringLiteral(":id"), InvoiceFixture::orderId(1006))
        .bind(QStringLiteral(":buyer"), QLatin1String(InvoiceFixture::buyerId))
        .bind(QStringLiteral(":vendor"), QLatin1String(InvoiceFixture::vendorId))
        .bind(QStringLiteral(":at"), at)
        .exec();
}

SaveContractDraft ContractFixture::draft(ContractKind kind, const QList<int>& orderNos, ContractSubState step)
{
    SaveContractDraft command;
    command.header = InvoiceFixture::header();
    command.contractId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.buyerId = QLatin1String(InvoiceFixture::buyerId);
    command.vendorId = QLatin1String(InvoiceFixture::vendorId);
    command.kind = kind;
    command.seal = SealMethod::OneSided;
    for (int no : orderNos)
        command.orderIds << InvoiceFixture::orderId(no);
    command.partyA
        = {QStringLiteral("上海星海贸易有限公司"), QStringLiteral("上海市浦东新区世纪大道100号"),
           QStringLiteral("张三"), QStringLiteral("13900001111"), QStringLiteral("legal@xinghai.example.cn")};
    command.validFrom = QDate(2026, 12, 1);
    command.validUntil = QDate(2027, 11, 30);
    if (kind == ContractKind::Filing)
        command.filingProject = QStringLiteral("星海贸易数据中心上云项目");
    command.step = step;
    return command;
}

MoveContract ContractFixture::move(const QString& contractId, int baseVersion, ContractAction action,
                                   const QString& reason)
{
    MoveContract command;
    static int minutes = 10;
    command.header = InvoiceFixture::header(++minutes);
    command.contractId = contractId;
    command.baseVersion = baseVersion;
    command.action = action;
    command.reason = reason;
    return command;
}

int ContractFixture::makeEffective(ContractService& service, const SaveContractDraft& draft)
{
    SaveContractDraft atSignature = draft;
    atSignature.step = ContractSubState::ConfirmingSignature;
    const WriteOutcome saved = service.saveDraft(atSignature);
    if (saved.kind != WriteOutcome::Kind::Done)
        return 0;
    int version = saved.newVersion;
    for (ContractAction action : {ContractAction::ConfirmSignature, ContractAction::FinishGenerating,
                                  ContractAction::CustomerSigns, ContractAction::PlatformSigns}) {
        const WriteOutcome outcome = service.move(move(draft.contractId, version, action));
        if (outcome.kind != WriteOutcome::Kind::Done)
            return 0;
        version = outcome.newVersion;
    }
    return version;
}
