#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "query.h"
#include "settingsservice.h"

#include <QSignalSpy>
#include <QTest>

using Kind = WriteOutcome::Kind;

class TestInvoiceService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(db());
    }
    void cleanup() { m_fresh.reset(); }

    void create_holdsTheAmountUntilCancelled()
    {
        InvoiceService service(db());
        QSignalSpy changed(&service, &InvoiceService::changed);
        const CreateInvoiceRequest command = InvoiceFixture::request({1001}, 10000);
        QCOMPARE(service.create(command).kind, Kind::Done);
        QCOMPARE(changed.count(), 1);
        const auto detail = repository().detail(command.requestId);
        QVERIFY(detail);
        QCOMPARE(detail->status, InvoiceStatus::Pending);
        QCOMPARE(detail->title, QStringLiteral("上海星海贸易有限公司"));
        QCOMPARE(detail->recipient, QStringLiteral("张三"));
        QCOMPARE(detail->dueAt, InvoiceFixture::now().addDays(7));
        QCOMPARE(detail->actionDueAt, detail->dueAt);
        QCOMPARE(balance(1001), Money());

        const WriteOutcome more = service.create(InvoiceFixture::request({1001}, 1));
        QCOMPARE(more.kind, Kind::Invalid);
        QCOMPARE(more.fieldErrors.first().field, QStringLiteral("amount"));

        MoveInvoiceRequest cancel
            = InvoiceFixture::move(command.requestId, 1, InvoiceAction::Cancel, InvoiceActor::Buyer);
        QCOMPARE(service.move(cancel).kind, Kind::Done);
        QCOMPARE(balance(1001), Money::fromFen(10000));
    }

    void create_refundsAndVouchersAreNotInvoiceable()
    {
        InvoiceService service(db());
        QCOMPARE(balance(1002), Money::fromFen(3000));
        QCOMPARE(service.create(InvoiceFixture::request({1002}, 3001)).kind, Kind::Invalid);
        QCOMPARE(service.create(InvoiceFixture::request({1001}, 10001)).kind, Kind::Invalid); // the voucher
        QCOMPARE(service.create(InvoiceFixture::request({1002}, 3000)).kind, Kind::Done);
        const auto balances = repository().orderBalances(QLatin1String(InvoiceFixture::buyerId),
                                                         QLatin1String(InvoiceFixture::vendorId));
        QCOMPARE(balances.size(), 3); // 1002 is used up and 1005 was refunded
    }

    void statements_mergeButNeverSplit()
    {
        InvoiceService service(db());
        const WriteOutcome split = service.create(InvoiceFixture::request({1003}, 10000));
        QCOMPARE(split.kind, Kind::Invalid);
        QVERIFY(split.fieldErrors.first().message.contains(QLatin1String("1003")));
        const CreateInvoiceRequest merged = InvoiceFixture::request({1003, 1004}, 50000);
        QCOMPARE(service.create(merged).kind, Kind::Done);
        Query parts(db(),
                    QStringLiteral("SELECT COUNT(*), SUM(amount_fen) FROM invoice_request_orders WHERE "
                                   "invoice_request_id = :id"));
        parts.bind(QStringLiteral(":id"), merged.requestId).exec();
        QVERIFY(parts.next());
        QCOMPARE(parts.value(0).toInt(), 2);
        QCOMPARE(parts.value(1).toLongLong(), 50000);
        QCOMPARE(repository().detail(merged.requestId)->statementPeriod, QStringLiteral("2026-09,2026-10"));
    }

    void create_checksTitleAndDelivery()
    {
        InvoiceService service(db());
        Query(db(), QStringLiteral("UPDATE invoice_titles SET kind = 'organisation' WHERE buyer_id = :buyer"))
            .bind(QStringLiteral(":buyer"), QLatin1String(InvoiceFixture::buyerId))
            .exec();
        CreateInvoiceRequest special = InvoiceFixture::request({1001}, 1000);
        special.type = InvoiceType::VatSpecial;
        QCOMPARE(service.create(special).fieldErrors.value(0).field, QStringLiteral("type"));

        CreateInvoiceRequest electronic = InvoiceFixture::request({1001}, 1000);
        electronic.medium = InvoiceMedium::Electronic;
        electronic.email = QStringLiteral("not an address");
        QCOMPARE(service.create(electronic).fieldErrors.value(0).field, QStringLiteral("email"));

        CreateInvoiceRequest cod = InvoiceFixture::request({1001}, 5001);
        cod.cashOnDelivery = true;
        QCOMPARE(service.create(cod).fieldErrors.value(0).field, QStringLiteral("cash_on_delivery"));
        cod.amount = Money::fromFen(5000);
        QCOMPARE(service.create(cod).kind, Kind::Done);
        QCOMPARE(service.cashOnDeliveryLimit(), Money::fromYuan(50));
    }

    void cashOnDeliveryLimit_followsTheSetting()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("invoice.cash_on_delivery_limit_fen"), 8000));
        InvoiceService service(db());
        QCOMPARE(service.cashOnDeliveryLimit(), Money::fromYuan(80));
        CreateInvoiceRequest cod = InvoiceFixture::request({1001}, 8001);
        cod.cashOnDelivery = true;
        const WriteOutcome refused = service.create(cod);
        QCOMPARE(refused.fieldErrors.value(0).field, QStringLiteral("cash_on_delivery"));
        QVERIFY2(refused.fieldErrors.value(0).message.contains(QStringLiteral("80.00")),
                 qPrintable(refused.fieldErrors.value(0).message));
        cod.amount = Money::fromFen(8000);
        QCOMPARE(service.create(cod).kind, Kind::Done);
    }

    void workingDayDeadline_followsTheSetting()
    {
        SettingsService settings(db());
        QVERIFY(settings
                    .save({InvoiceFixture::header(), QStringLiteral("invoice.sla_working_days"),
                           QStringLiteral("1"), 0})
                    .succeeded());
        QVERIFY(
            settings
                .save({InvoiceFixture::header(), QStringLiteral("invoice.sla_days"), QStringLiteral("5"), 0})
                .succeeded());
        InvoiceService service(db());
        const CreateInvoiceRequest command = InvoiceFixture::request({1001}, 100);
        QCOMPARE(service.create(command).kind, Kind::Done);
        // Monday 23 November 2026 + 5 working days: Monday 30 November, same time of day.
        QCOMPARE(repository().detail(command.requestId)->dueAt, InvoiceFixture::now().addDays(7));
    }

    void paperInvoice_wholeLifeAndVoid()
    {
        InvoiceService service(db());
        const QString id = created(service, {1001}, 10000);
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::Start)).kind, Kind::Done);

        MoveInvoiceRequest issue = InvoiceFixture::move(id, 2, InvoiceAction::Issue);
        issue.invoiceNo = QStringLiteral("0447123");
        const WriteOutcome badIssue = service.move(issue);
        QCOMPARE(badIssue.kind, Kind::Invalid);
        QStringList fields;
        for (const FieldError& error : badIssue.fieldErrors)
            fields << error.field;
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("invoice_no"), QStringLiteral("courier"),
                               QStringLiteral("tracking_no")}));
        issue.invoiceNo = QStringLiteral("04471235");
        issue.courier = QStringLiteral("顺丰速运");
        issue.trackingNo = QStringLiteral("sf1234567890");
        QCOMPARE(service.move(issue).kind, Kind::Done);
        auto detail = repository().detail(id);
        QCOMPARE(detail->status, InvoiceStatus::Mailing);
        QCOMPARE(detail->trackingNo, QStringLiteral("SF1234567890"));
        QCOMPARE(detail->invoicedAt, issue.header.at);
        QVERIFY(detail->actionDueAt.isNull());

        QCOMPARE(service.move(InvoiceFixture::move(id, 3, InvoiceAction::MarkDelivered)).kind, Kind::Done);
        MoveInvoiceRequest back
            = InvoiceFixture::move(id, 4, InvoiceAction::RequestReturn, InvoiceActor::Buyer);
        back.returnReason = QStringLiteral("wrong_tax_id");
        back.note = QString(101, u'字');
        const WriteOutcome badReturn = service.move(back);
        QCOMPARE(badReturn.kind, Kind::Invalid);
        QCOMPARE(badReturn.fieldErrors.size(),
                 3); // note too long, courier and tracking number of the paper sent back
        back.note = QStringLiteral("税号填错");
        back.returnCourier = QStringLiteral("顺丰速运");
        back.returnTrackingNo = QStringLiteral("SF9999999999");
        QCOMPARE(service.move(back).kind, Kind::Done);
        detail = repository().detail(id);
        QCOMPARE(detail->status, InvoiceStatus::ReturnPending);
        // Three working days from Monday.
        QCOMPARE(detail->actionDueAt, back.header.at.addDays(3));

        QCOMPARE(service.move(InvoiceFixture::move(id, 5, InvoiceAction::AcceptReturn)).kind, Kind::Done);
        QCOMPARE(balance(1001), Money());
        QCOMPARE(service.move(InvoiceFixture::move(id, 6, InvoiceAction::Void)).kind, Kind::Done);
        QCOMPARE(repository().detail(id)->status, InvoiceStatus::Voided);
        QCOMPARE(balance(1001), Money::fromFen(10000));

        const auto history = repository().history(id);
        QStringList actions;
        for (const auto& entry : history)
            actions << entry.action;
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("issue"),
                               QStringLiteral("mark_delivered"), QStringLiteral("request_return"),
                               QStringLiteral("accept_return"), QStringLiteral("void")}));
        QVERIFY(history.at(2).after.contains(QLatin1String("04471235")));
    }

    void electronicInvoice_needsTheFile()
    {
        InvoiceService service(db());
        CreateInvoiceRequest command = InvoiceFixture::request({1001}, 500);
        command.medium = InvoiceMedium::Digital;
        command.email = QStringLiteral("finance@xinghai.example.cn");
        QCOMPARE(service.create(command).kind, Kind::Done);
        MoveInvoiceRequest issue = InvoiceFixture::move(command.requestId, 1, InvoiceAction::Issue);
        issue.invoiceNo = QStringLiteral("26312000000012345678");
        issue.email = command.email;
        issue.fileName = QStringLiteral("invoice.doc");
        issue.fileContent = "not really";
        QCOMPARE(service.move(issue).fieldErrors.value(0).field, QStringLiteral("file"));
        issue.fileName = QStringLiteral("26312000000012345678.ofd");
        QCOMPARE(service.move(issue).kind, Kind::Done);
        QCOMPARE(repository().detail(command.requestId)->status, InvoiceStatus::Issued);
        QCOMPARE(repository().invoiceFile(command.requestId),
                 (std::pair<QString, QByteArray> {issue.fileName, QByteArray("not really")}));
    }

    void refundedOrder_cannotBeIssued_isMarkedRefunded()
    {
        InvoiceService service(db());
        const QString id = created(service, {1001}, 10000);
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::MarkRefunded)).kind, Kind::Invalid);
        Query(db(),
              QStringLiteral(
                  "UPDATE orders SET status = 'refunded', refunded_fen = paid_fen WHERE order_no = '1001'"))
            .exec();
        QVERIFY(repository().detail(id)->orderRefundFlag());
        MoveInvoiceRequest issue = InvoiceFixture::move(id, 1, InvoiceAction::Issue);
        issue.invoiceNo = QStringLiteral("04471235");
        issue.courier = QStringLiteral("顺丰速运");
        issue.trackingNo = QStringLiteral("SF1234567890");
        const WriteOutcome refused = service.move(issue);
        QCOMPARE(refused.kind, Kind::Invalid);
        QCOMPARE(refused.fieldErrors.value(0).field, QStringLiteral("status"));
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::MarkRefunded)).kind, Kind::Done);
        QCOMPARE(repository().detail(id)->status, InvoiceStatus::Refunded);
    }

    void forbiddenMoves_staleVersions_andRetries()
    {
        InvoiceService service(db());
        const QString id = created(service, {1001}, 10000);
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::Cancel, InvoiceActor::Clerk)).kind,
                 Kind::Invalid);
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::Void)).kind, Kind::Invalid);
        const MoveInvoiceRequest start = InvoiceFixture::move(id, 1, InvoiceAction::Start);
        QCOMPARE(service.move(start).kind, Kind::Done);
        QCOMPARE(service.move(start).kind, Kind::AlreadyApplied);
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::MarkFailed)).kind, Kind::Conflict);
        QCOMPARE(service.move(InvoiceFixture::move(id, 2, InvoiceAction::Cancel, InvoiceActor::Buyer)).kind,
                 Kind::Invalid);
        MoveInvoiceRequest fail = InvoiceFixture::move(id, 2, InvoiceAction::MarkFailed);
        QCOMPARE(service.move(fail).kind, Kind::Invalid); // no reason
        fail.reason = QStringLiteral("税控盘离线");
        QCOMPARE(service.move(fail).kind, Kind::Done);
        QCOMPARE(service.move(InvoiceFixture::move(id, 3, InvoiceAction::Retry)).kind, Kind::Done);
        QCOMPARE(repository().detail(id)->status, InvoiceStatus::Processing);
        QCOMPARE(repository().history(id).size(), 4);
    }

    void bookedReturn_needsTheRedLetterNumber()
    {
        InvoiceService service(db());
        const QString id = InvoiceFixture::returnedDigitalRequest(service);
        QCOMPARE(repository().detail(id)->status, InvoiceStatus::ReturnPending);
        QCOMPARE(
            service.move(InvoiceFixture::move(id, 3, InvoiceAction::AcceptReturn)).fieldErrors.value(0).field,
            QStringLiteral("red_letter_no"));
        const MoveInvoiceRequest require = InvoiceFixture::move(id, 3, InvoiceAction::RequireRedLetter);
        QCOMPARE(service.move(require).kind, Kind::Done);
        auto detail = repository().detail(id);
        QCOMPARE(detail->status, InvoiceStatus::AwaitingRedLetter);
        QCOMPARE(detail->redLetterDeadline, require.header.at.addSecs(72LL * 3600));
        MoveInvoiceRequest accept = InvoiceFixture::move(id, 4, InvoiceAction::AcceptReturn);
        accept.redLetterNo = QStringLiteral("3100002611000123");
        QCOMPARE(service.move(accept).kind, Kind::Done);
        QCOMPARE(repository().detail(id)->redLetterNo, accept.redLetterNo);
    }

    void batchIssue_isAllOrNothing()
    {
        InvoiceService service(db());
        const QString first = created(service, {1001}, 4000);
        const QString second = created(service, {1001}, 4000);
        IssueInvoiceBatch batch;
        batch.header = InvoiceFixture::header(5);
        const QStringList numbers = IssueInvoiceBatch::consecutiveNumbers(QStringLiteral("00000099"), 2);
        QCOMPARE(numbers, (QStringList {QStringLiteral("00000099"), QStringLiteral("00000100")}));
        batch.items = {
            {first, 1, numbers.at(0), QStringLiteral("顺丰速运"), QStringLiteral("SF1234567890"), {}, {}, {}},
            {second,
             1,
             numbers.at(0),
             QStringLiteral("顺丰速运"),
             QStringLiteral("SF1234567891"),
             {},
             {},
             {}}};
        const WriteOutcome duplicate = service.issueBatch(batch);
        QCOMPARE(duplicate.kind, Kind::Invalid);
        QCOMPARE(duplicate.fieldErrors.value(0).field, QStringLiteral("invoice_no"));
        QCOMPARE(repository().detail(first)->status, InvoiceStatus::Pending);
        batch.items[1].invoiceNo = numbers.at(1);
        QCOMPARE(service.issueBatch(batch).kind, Kind::Done);
        QCOMPARE(repository().detail(second)->invoiceNo, QStringLiteral("00000100"));
        QCOMPARE(repository().detail(first)->status, InvoiceStatus::Mailing);
        QVERIFY(IssueInvoiceBatch::consecutiveNumbers(QStringLiteral("99999999"), 2).isEmpty());
    }

    void batchIssue_storesEachElectronicFile()
    {
        InvoiceService service(db());
        const QString paper = created(service, {1001}, 2000);
        CreateInvoiceRequest electronic = InvoiceFixture::request({1001}, 3000);
        electronic.medium = InvoiceMedium::Digital;
        electronic.email = QStringLiteral("finance@xinghai.example.cn");
        QCOMPARE(service.create(electronic).kind, Kind::Done);
        IssueInvoiceBatch batch;
        batch.header = InvoiceFixture::header(5);
        batch.items = {{paper,
                        1,
                        QStringLiteral("04471235"),
                        QStringLiteral("顺丰速运"),
                        QStringLiteral("SF1234567890"),
                        {},
                        {},
                        {}},
                       {electronic.requestId,
                        1,
                        QStringLiteral("04471236"),
                        {},
                        {},
                        electronic.email,
                        QStringLiteral("dzfp_04471236.pdf"),
                        QByteArray()}};
        const WriteOutcome withoutFile = service.issueBatch(batch);
        QCOMPARE(withoutFile.kind, Kind::Invalid);
        QCOMPARE(withoutFile.fieldErrors.value(0).field, QStringLiteral("file"));
        QCOMPARE(repository().detail(paper)->status, InvoiceStatus::Pending);

        batch.items[1].fileContent = QByteArray("%PDF-1.7 数电");
        QCOMPARE(service.issueBatch(batch).kind, Kind::Done);
        QCOMPARE(repository().detail(paper)->status, InvoiceStatus::Mailing);
        const auto issued = repository().detail(electronic.requestId);
        QCOMPARE(issued->status, InvoiceStatus::Issued);
        QCOMPARE(issued->invoiceNo, QStringLiteral("04471236"));
        QCOMPARE(repository().invoiceFile(electronic.requestId),
                 std::make_pair(QStringLiteral("dzfp_04471236.pdf"), QByteArray("%PDF-1.7 数电")));
    }

    void switchToNormal_recordsTheConsent()
    {
        InvoiceService service(db());
        CreateInvoiceRequest command = InvoiceFixture::request({1001}, 500);
        command.type = InvoiceType::VatSpecial;
        QCOMPARE(service.create(command).kind, Kind::Done);
        SwitchInvoiceToNormal change {InvoiceFixture::header(3), command.requestId, 1, QString()};
        QCOMPARE(service.switchToNormal(change).kind, Kind::Invalid);
        change.buyerConsent = QStringLiteral("电话确认，买家同意改开普票");
        QCOMPARE(service.switchToNormal(change).kind, Kind::Done);
        const auto detail = repository().detail(command.requestId);
        QCOMPARE(detail->type, InvoiceType::VatNormal);
        QVERIFY(detail->switchedToNormal);
        QVERIFY(repository().history(command.requestId).last().after.contains(QStringLiteral("买家同意")));
    }

private:
    Database& db() { return m_fresh->database(); }
    InvoiceRequestRepository repository() { return InvoiceRequestRepository(db()); }
    Money balance(int orderNo)
    {
        return repository().balancesOf({InvoiceFixture::orderId(orderNo)}).value(0).invoiceable();
    }
    QString created(InvoiceService& service, const QList<int>& orders, qint64 fen)
    {
        const CreateInvoiceRequest command = InvoiceFixture::request(orders, fen);
        const WriteOutcome outcome = service.create(command);
        if (outcome.kind != Kind::Done)
            qWarning() << outcome.message
                       << (outcome.fieldErrors.isEmpty() ? QString() : outcome.fieldErrors.first().message);
        return command.requestId;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestInvoiceService)
#include "tst_invoiceservice.moc"
