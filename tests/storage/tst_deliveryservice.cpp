#include "deliveryfixture.h"
#include "deliveryrepository.h"
#include "deliveryservice.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "orderrepository.h"
#include "query.h"
#include "refundservice.h"

#include <QTest>

class TestDeliveryService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        DeliveryFixture::write(m_fresh->database());
        m_id = DeliveryFixture::addDelivery(m_fresh->database(), 2001, 50000);
    }
    void cleanup() { m_fresh.reset(); }

    void wholeFlow_isLoggedStepByStep()
    {
        DeliveryService service(m_fresh->database());
        const struct
        {
            DeliveryAction action;
            DeliveryActor actor;
            const char* text;
            DeliveryState after;
        } steps[] = {
            {DeliveryAction::SubmitRequirement, DeliveryActor::Buyer, "迁移 3 个 MySQL 库",
             DeliveryState::AwaitingConfirmation},
            {DeliveryAction::EditRequirement, DeliveryActor::Buyer, "迁移 4 个 MySQL 库",
             DeliveryState::AwaitingConfirmation},
            {DeliveryAction::RejectRequirement, DeliveryActor::Vendor, "请给出数据量",
             DeliveryState::RequirementPending},
            {DeliveryAction::SubmitRequirement, DeliveryActor::Buyer, "4 个库，共 200 GB",
             DeliveryState::AwaitingConfirmation},
            {DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor, "", DeliveryState::Implementing},
            {DeliveryAction::SubmitForAcceptance, DeliveryActor::Vendor, "迁移完成",
             DeliveryState::AwaitingAcceptance},
            {DeliveryAction::RejectAcceptance, DeliveryActor::Buyer, "缺少校验报告",
             DeliveryState::Implementing},
            {DeliveryAction::SubmitForAcceptance, DeliveryActor::Vendor, "补充校验报告",
             DeliveryState::AwaitingAcceptance},
            {DeliveryAction::Accept, DeliveryActor::Buyer, "验收通过", DeliveryState::Completed},
        };
        int version = 1;
        for (const auto& step : steps) {
            const WriteOutcome outcome = service.move(
                DeliveryFixture::step(m_id, version, step.action, step.actor, QString::fromUtf8(step.text)));
            QVERIFY2(outcome.kind == WriteOutcome::Kind::Done,
                     qPrintable(enumKey(step.action) + outcome.message));
            QCOMPARE(outcome.newVersion, ++version);
            QCOMPARE(DeliveryRepository(m_fresh->database()).detail(m_id)->state, step.after);
        }
        const auto detail = DeliveryRepository(m_fresh->database()).detail(m_id);
        QCOMPARE(detail->requirement, QStringLiteral("4 个库，共 200 GB"));
        QVERIFY(detail->vendorConfirmed);
        QVERIFY(detail->acceptedAtMs);
        QCOMPARE(detail->autoAcceptAtMs, nothingDueMs);
        QCOMPARE(detail->warrantyDays, 90);

        const QList<DeliveryRepository::Step> log = DeliveryRepository(m_fresh->database()).steps(m_id);
        QCOMPARE(log.size(), qsizetype(std::size(steps)));
        for (qsizetype i = 0; i < log.size(); ++i) {
            QCOMPARE(log.at(i).seq, int(i) + 1);
            QCOMPARE(log.at(i).action, enumKey(steps[i].action));
            QCOMPARE(log.at(i).actorKind, steps[i].actor);
            QCOMPARE(log.at(i).details, QString::fromUtf8(steps[i].text));
            QCOMPARE(log.at(i).toState, enumKey(steps[i].after));
            QCOMPARE(log.at(i).actor, QStringLiteral("delivery1"));
        }
        QCOMPARE(log.first().fromState, QStringLiteral("requirement_pending"));
    }

    void forbiddenMoves_andStaleVersions_writeNothing()
    {
        DeliveryService service(m_fresh->database());
        // The vendor cannot confirm a requirement that was never submitted.
        WriteOutcome outcome = service.move(
            DeliveryFixture::step(m_id, 1, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(outcome.fieldErrors.value(0).field, QStringLiteral("state"));
        // The buyer cannot take the vendor's step.
        QVERIFY(service
                    .move(DeliveryFixture::step(m_id, 1, DeliveryAction::SubmitRequirement,
                                                DeliveryActor::Buyer, QStringLiteral("需求")))
                    .succeeded());
        outcome = service.move(
            DeliveryFixture::step(m_id, 2, DeliveryAction::ConfirmRequirement, DeliveryActor::Buyer));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        // A step without its text.
        outcome = service.move(
            DeliveryFixture::step(m_id, 2, DeliveryAction::RejectRequirement, DeliveryActor::Vendor));
        QCOMPARE(outcome.fieldErrors.value(0).field, QStringLiteral("text"));
        // Someone else moved it first.
        outcome = service.move(
            DeliveryFixture::step(m_id, 1, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Conflict);
        // Refund and system steps are not plain steps.
        outcome = service.move(
            DeliveryFixture::step(m_id, 2, DeliveryAction::RequestRefund, DeliveryActor::Buyer));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(DeliveryRepository(m_fresh->database()).steps(m_id).size(), 1);
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(m_id)->version, 2);

        // A retried command is recognised.
        const MoveDelivery confirm
            = DeliveryFixture::step(m_id, 2, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor);
        QCOMPARE(service.move(confirm).kind, WriteOutcome::Kind::Done);
        QCOMPARE(service.move(confirm).kind, WriteOutcome::Kind::AlreadyApplied);
        QCOMPARE(DeliveryRepository(m_fresh->database()).steps(m_id).size(), 2);
    }

    void attachments_roundTrip()
    {
        MoveDelivery submit = DeliveryFixture::step(m_id, 1, DeliveryAction::SubmitRequirement,
                                                    DeliveryActor::Buyer, QStringLiteral("见附件"));
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary.append(char(i % 256));
        submit.attachments = {{QStringLiteral("需求说明.pdf"), QByteArray("%PDF-1.7\n\x00\x01", 11)},
                              {QStringLiteral("数据字典.xlsx"), binary}};
        QCOMPARE(DeliveryService(m_fresh->database()).move(submit).kind, WriteOutcome::Kind::Done);
        DeliveryRepository repository(m_fresh->database());
        const auto log = repository.steps(m_id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().files.size(), 2);
        QHash<QString, QByteArray> stored;
        for (const auto& file : log.first().files) {
            stored.insert(file.fileName, repository.fileContent(file.id));
            QCOMPARE(file.sizeBytes, qint64(stored.value(file.fileName).size()));
        }
        QCOMPARE(stored.value(QStringLiteral("需求说明.pdf")), submit.attachments.at(0).content);
        QCOMPARE(stored.value(QStringLiteral("数据字典.xlsx")), binary);
        Query mime(m_fresh->database(),
                   QStringLiteral("SELECT mime_type FROM attachments WHERE file_name = '需求说明.pdf'"));
        mime.exec();
        QVERIFY(mime.next());
        QCOMPARE(mime.value(0).toString(), QStringLiteral("application/pdf"));
    }

    void refund_pausesTheFlow_declineResumesIt()
    {
        DeliveryService service(m_fresh->database());
        QVERIFY(service
                    .move(DeliveryFixture::step(m_id, 1, DeliveryAction::SubmitRequirement,
                                                DeliveryActor::Buyer, QStringLiteral("需求")))
                    .succeeded());
        RefundService refunds(m_fresh->database());
        const auto policy = refunds.policyFor(DeliveryFixture::orderId(2001), InvoiceFixture::now());
        QCOMPARE(policy->kind, RefundPolicy::Kind::FullRefund);
        // Within the guarantee the refund is the whole amount.
        RequestRefund request = DeliveryFixture::refund(2001, RefundReason::CannotDeliver, 20000);
        QCOMPARE(refunds.request(request).fieldErrors.value(0).field, QStringLiteral("amount"));
        request = DeliveryFixture::refund(2001, RefundReason::CannotDeliver, 50000);
        QCOMPARE(refunds.request(request).kind, WriteOutcome::Kind::Done);

        DeliveryRepository repository(m_fresh->database());
        auto detail = repository.detail(m_id);
        QCOMPARE(detail->state, DeliveryState::Refunding);
        QCOMPARE(detail->pausedState, DeliveryState::AwaitingConfirmation);
        QCOMPARE(OrderRepository(m_fresh->database())
                     .detail(OrderId::fromString(DeliveryFixture::orderId(2001)))
                     ->status,
                 QStringLiteral("refunding"));
        // The paused flow takes no steps; a second request waits for the first.
        QCOMPARE(service
                     .move(DeliveryFixture::step(m_id, detail->version, DeliveryAction::ConfirmRequirement,
                                                 DeliveryActor::Vendor))
                     .kind,
                 WriteOutcome::Kind::Invalid);
        QCOMPARE(refunds.request(DeliveryFixture::refund(2001, RefundReason::Other, 50000))
                     .fieldErrors.value(0)
                     .field,
                 QStringLiteral("order"));

        DecideRefund decline;
        decline.header = InvoiceFixture::header(30);
        decline.refundId = request.refundId;
        decline.baseVersion = 1;
        decline.approve = false;
        QCOMPARE(refunds.decide(decline).fieldErrors.value(0).field, QStringLiteral("decline_reason"));
        decline.declineReason = QStringLiteral("服务商已开始准备，请先沟通");
        QCOMPARE(refunds.decide(decline).kind, WriteOutcome::Kind::Done);
        detail = repository.detail(m_id);
        QCOMPARE(detail->state, DeliveryState::AwaitingConfirmation);
        QVERIFY(!detail->pausedState);
        const auto order = OrderRepository(m_fresh->database())
                               .detail(OrderId::fromString(DeliveryFixture::orderId(2001)));
        QCOMPARE(order->status, QStringLiteral("paid"));
        QCOMPARE(order->refunded.fen(), 0);
        const auto log = repository.steps(m_id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).action, QStringLiteral("request_refund"));
        QCOMPARE(log.at(2).action, QStringLiteral("decline_refund"));
        QCOMPARE(log.at(2).actorKind, DeliveryActor::Platform);
        QCOMPARE(log.at(2).details, decline.declineReason);
        // Decided once only.
        decline.header = InvoiceFixture::header(31);
        decline.baseVersion = 2;
        QCOMPARE(refunds.decide(decline).kind, WriteOutcome::Kind::Invalid);
    }

    void approvedRefund_closesTheDelivery_andLowersTheInvoiceableAmount()
    {
        RefundService refunds(m_fresh->database());
        const RequestRefund request = DeliveryFixture::refund(2001, RefundReason::LateService, 50000);
        QCOMPARE(refunds.request(request).kind, WriteOutcome::Kind::Done);
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(m_id)->pausedState,
                 DeliveryState::RequirementPending);
        DecideRefund approve;
        approve.header = InvoiceFixture::header(30);
        approve.refundId = request.refundId;
        approve.baseVersion = 1;
        QCOMPARE(refunds.decide(approve).kind, WriteOutcome::Kind::Done);
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(m_id)->state, DeliveryState::Refunded);
        const auto order = OrderRepository(m_fresh->database())
                               .detail(OrderId::fromString(DeliveryFixture::orderId(2001)));
        QCOMPARE(order->status, QStringLiteral("refunded"));
        QCOMPARE(order->refunded.fen(), 50000);
        const auto balances
            = InvoiceRequestRepository(m_fresh->database()).balancesOf({DeliveryFixture::orderId(2001)});
        QCOMPARE(balances.value(0).invoiceable().fen(), 0);
        QCOMPARE(refunds.policyFor(DeliveryFixture::orderId(2001), InvoiceFixture::now())->kind,
                 RefundPolicy::Kind::Unavailable);
    }

    void negotiatedRefund_afterConfirmation_doesNotPause()
    {
        DeliveryFixture::addDelivery(m_fresh->database(), 2002, 50000, DeliveryState::Implementing);
        RefundService refunds(m_fresh->database());
        RequestRefund request = DeliveryFixture::refund(2002, RefundReason::Quality, 20000);
        request.text = QStringLiteral("协商退 40%");
        QCOMPARE(refunds.request(request).kind, WriteOutcome::Kind::Done);
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(DeliveryFixture::deliveryId(2002))->state,
                 DeliveryState::Implementing);
        DecideRefund approve;
        approve.header = InvoiceFixture::header(30);
        approve.refundId = request.refundId;
        approve.baseVersion = 1;
        QCOMPARE(refunds.decide(approve).kind, WriteOutcome::Kind::Done);
        const auto order = OrderRepository(m_fresh->database())
                               .detail(OrderId::fromString(DeliveryFixture::orderId(2002)));
        QCOMPARE(order->refunded.fen(), 20000);
        QCOMPARE(order->status, QStringLiteral("paid"));
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(DeliveryFixture::deliveryId(2002))->state,
                 DeliveryState::Implementing);
    }

    void applicationOrder_refundWithinFiveDays()
    {
        // Order 1001 of the invoice fixture: an application product paid a day before now.
        RefundService refunds(m_fresh->database());
        QCOMPARE(refunds.policyFor(InvoiceFixture::orderId(1001), InvoiceFixture::now())->kind,
                 RefundPolicy::Kind::FullRefund);
        QCOMPARE(refunds.policyFor(InvoiceFixture::orderId(1001), InvoiceFixture::now().addDays(5))->kind,
                 RefundPolicy::Kind::Negotiated);
        RequestRefund request = DeliveryFixture::refund(1001, RefundReason::Guarantee, 10000);
        request.orderId = InvoiceFixture::orderId(1001);
        QCOMPARE(refunds.request(request).kind, WriteOutcome::Kind::Done);
        Query audit(m_fresh->database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command_id = :id"));
        audit.bind(QStringLiteral(":id"), request.header.id.toString()).exec();
        audit.next();
        QCOMPARE(audit.value(0).toInt(), 2); // the refund and the order
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    QString m_id;
};

QTEST_GUILESS_MAIN(TestDeliveryService)
#include "tst_deliveryservice.moc"
