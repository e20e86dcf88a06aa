#include "alibabamarketplace.h"
#include "database.h"
#include "fakemarketplace.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoiceservice.h"
#include "marketplacesync.h"
#include "outboxsender.h"
#include "query.h"

#include <QSignalSpy>
#include <QTest>

/// Pulling from and pushing to a marketplace on loopback that checks every signature and plays
/// scripted faults, on SQLite and PostgreSQL.
class TestMarketplaceSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakeMarketplace> m_fake;
    std::unique_ptr<MarketplaceService> m_service;

    std::unique_ptr<AlibabaMarketplace> provider(const QString& secret = QStringLiteral("test-secret"),
                                                 AlibabaMarketplace::SignatureScheme scheme
                                                 = AlibabaMarketplace::SignatureScheme::Acs3)
    {
        AlibabaMarketplace::Settings settings;
        settings.endpoint = m_fake->endpoint();
        settings.scheme = scheme;
        settings.timeoutMs = 400;
        return std::make_unique<AlibabaMarketplace>(
            settings, MarketplaceCredentials {QStringLiteral("test-id"), secret, {}});
    }

    static MarketplaceSync::Settings quick()
    {
        MarketplaceSync::Settings settings;
        settings.firstLookbackDays = 3;
        settings.pageSize = 3;
        settings.backoff = RetryBackoff {10, 40};
        return settings;
    }

    MarketplaceSync::Report pull(MarketplaceProvider& from,
                                 const MarketplaceSync::Settings& settings = quick())
    {
        MarketplaceSync sync(from, *m_service, *m_clock, settings);
        std::optional<MarketplaceSync::Report> report;
        connect(&sync, &MarketplaceSync::finished, this,
                [&report](const MarketplaceSync::Report& finished) { report = finished; });
        sync.start(QStringLiteral("tester"));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000); }();
        return report.value_or(MarketplaceSync::Report {0, 0, 0, {}, QStringLiteral("the pull never ended")});
    }

    /// Runs one round of the outbox and returns its last error.
    QString pushRound(MarketplaceProvider& to)
    {
        OutboxSender sender(to, *m_service, *m_clock, RetryBackoff {1000, 4000});
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.sendDue();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000); }();
        return idle.isEmpty() ? QStringLiteral("no round") : idle.first().first().toString();
    }

    QVariant column(const QString& marketplaceId, const QString& name)
    {
        Query query(m_fresh->database(),
                    QStringLiteral("SELECT %1 FROM invoice_requests WHERE marketplace_id = :id").arg(name));
        query.bind(QStringLiteral(":id"), marketplaceId).exec();
        return query.next() ? query.value(0) : QVariant();
    }

    qint64 count(const QString& sql)
    {
        Query query(m_fresh->database(), sql);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    /// Adds `n` requests over the last two days, ¥1.01 … apart, for orders 9001….
    void addInvoices(int n)
    {
        for (int i = 0; i < n; ++i)
            m_fake->addInvoice(
                QStringLiteral("9876543210%1").arg(i, 7, 10, QLatin1Char('0')),
                m_clock->nowUtc().addSecs(-qint64(i) * 5 * 3600 - 60),
                QStringLiteral("%1.%2").arg(i + 1).arg(i % 10 * 10 + 1, 2, 10, QLatin1Char('0')),
                QString::number(9001 + i));
    }

    /// Issues the pulled request `marketplaceId` on paper as the clerk.
    WriteOutcome issue(const QString& marketplaceId, const QString& invoiceNo = QStringLiteral("04471235"))
    {
        InvoiceService invoices(m_fresh->database());
        MoveInvoiceRequest move = InvoiceFixture::move(
            column(marketplaceId, QStringLiteral("id")).toString(),
            column(marketplaceId, QStringLiteral("version")).toInt(), InvoiceAction::Issue);
        move.header.at = m_clock->nowUtc();
        move.invoiceNo = invoiceNo;
        move.courier = QStringLiteral("顺丰速运");
        move.trackingNo = QStringLiteral("sf1234567890");
        return invoices.move(move);
    }

    /// A pulled paper request, pending, ready to issue.
    QString pulledPaperRequest()
    {
        const QString id = QStringLiteral("55501");
        m_fake->addInvoice(id, m_clock->nowUtc().addSecs(-3600), QStringLiteral("100.00"),
                           QStringLiteral("1001"));
        m_fake->setField(id, QStringLiteral("Type"), 0);
        m_fake->setField(id, QStringLiteral("MaterialType"), 0);
        const auto from = provider();
        const MarketplaceSync::Report report = pull(*from);
        if (!report.error.isEmpty())
            qWarning() << report.error;
        return id;
    }

private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }

    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
        m_clock = std::make_unique<FixedClock>(InvoiceFixture::now());
        m_fake = std::make_unique<FakeMarketplace>(QStringLiteral("test-id"), QStringLiteral("test-secret"));
        QVERIFY(m_fake->isListening());
        m_service = std::make_unique<MarketplaceService>(m_fresh->database());
    }

    void cleanup()
    {
        m_service.reset();
        m_fake.reset();
        m_fresh.reset();
    }

    void pullsEveryPageAndIsHarmlessTwice()
    {
        addInvoices(8);
        const auto from = provider();
        const MarketplaceSync::Report first = pull(*from);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.added, 8);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE marketplace_id IS NOT NULL")),
            8);
        QCOMPARE(column(QStringLiteral("98765432100000003"), QStringLiteral("amount_fen")).toLongLong(), 431);
        QCOMPARE(column(QStringLiteral("98765432100000003"), QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(column(QStringLiteral("98765432100000003"), QStringLiteral("sync_state")).toString(),
                 QStringLiteral("synced"));
        QCOMPARE(m_service->syncStatus(QStringLiteral("alibaba")).sweptUntil, m_clock->nowUtc());
        QVERIFY(m_fake->signedWith(QStringLiteral("acs3")) > 0);

        m_clock->set(m_clock->nowUtc().addSecs(600));
        const MarketplaceSync::Report second = pull(*from);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE marketplace_id IS NOT NULL")),
            8);
    }

    void linksTheOrdersThisDatabaseKnows()
    {
        m_fake->addInvoice(QStringLiteral("777"), m_clock->nowUtc().addSecs(-60), QStringLiteral("50.00"),
                           QStringLiteral("1001"));
        const auto from = provider();
        QVERIFY(pull(*from).error.isEmpty());
        QCOMPARE(column(QStringLiteral("777"), QStringLiteral("order_id")).toString(),
                 InvoiceFixture::orderId(1001));
        QCOMPARE(column(QStringLiteral("777"), QStringLiteral("vendor_id")).toString(),
                 QString::fromLatin1(InvoiceFixture::vendorId));
        QCOMPARE(count(QStringLiteral(
                     "SELECT SUM(o.amount_fen) FROM invoice_request_orders o JOIN invoice_requests r "
                     "ON r.id = o.invoice_request_id WHERE r.marketplace_id = '777'")),
                 5000);
    }

    void aPageThatShiftsIsReadAgain()
    {
        addInvoices(7);
        // Before page 2 of a window is answered, a new request arrives at the top of that window.
        m_fake->insertBeforePage(2, QStringLiteral("12300000000000001"), m_clock->nowUtc().addSecs(-30),
                                 QStringLiteral("9901"));
        const auto from = provider();
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE marketplace_id IS NOT NULL")),
            8);
        QVERIFY(column(QStringLiteral("12300000000000001"), QStringLiteral("id")).isValid());
    }

    void throttlingServerErrorsAndDropsAreRetried()
    {
        addInvoices(4);
        m_fake->scriptFaults(QStringLiteral("DescribeInvoiceForIsv"),
                             {FakeMarketplace::Fault::Throttle, FakeMarketplace::Fault::FlowControl,
                              FakeMarketplace::Fault::ServerError, FakeMarketplace::Fault::Drop});
        const auto from = provider();
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 4);
    }

    void givingUpKeepsTheCursorWhereItWas()
    {
        addInvoices(2);
        QList<FakeMarketplace::Fault> faults(10, FakeMarketplace::Fault::ServerError);
        m_fake->scriptFaults(QStringLiteral("DescribeInvoiceForIsv"), faults);
        const auto from = provider();
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY(report.error.contains(QStringLiteral("InternalError")));
        QVERIFY(!m_service->syncStatus(QStringLiteral("alibaba")).sweptUntil.isValid());
        QCOMPARE(m_service->syncStatus(QStringLiteral("alibaba")).lastError, report.error);
    }

    void aWrongSecretStopsThePull()
    {
        addInvoices(2);
        const auto from = provider(QStringLiteral("wrong-secret"));
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY(report.error.contains(QStringLiteral("SignatureDoesNotMatch")));
        QVERIFY(report.error.contains(QStringLiteral("AccessKey")));
        QCOMPARE(m_fake->calls(QStringLiteral("DescribeInvoiceForIsv")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE marketplace_id IS NOT NULL")),
            0);
    }

    void signatureVersionOneIsAcceptedToo()
    {
        addInvoices(4);
        const auto from = provider(QStringLiteral("test-secret"), AlibabaMarketplace::SignatureScheme::Rpc1);
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 4);
        QVERIFY(m_fake->signedWith(QStringLiteral("rpc1")) > 0);
        QCOMPARE(m_fake->signedWith(QStringLiteral("acs3")), 0);
    }

    void aPullTakesTheBuyersChangesButNeverTheClerksWork()
    {
        const QString issued = pulledPaperRequest();
        m_fake->addInvoice(QStringLiteral("55502"), m_clock->nowUtc().addSecs(-1800), QStringLiteral("20.00"),
                           QStringLiteral("9002"));
        const auto from = provider();
        QVERIFY(pull(*from).error.isEmpty());
        QVERIFY(issue(issued).succeeded());

        m_fake->setField(issued, QStringLiteral("Title"), QStringLiteral("改过的抬头"));
        m_fake->setField(QStringLiteral("55502"), QStringLiteral("Title"),
                         QStringLiteral("上海新抬头有限公司"));
        m_clock->set(m_clock->nowUtc().addSecs(300));
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.updated, 1);
        QCOMPARE(column(QStringLiteral("55502"), QStringLiteral("title")).toString(),
                 QStringLiteral("上海新抬头有限公司"));
        QCOMPARE(column(issued, QStringLiteral("title")).toString(), QStringLiteral("杭州示例科技有限公司"));
        QCOMPARE(column(issued, QStringLiteral("invoice_no")).toString(), QStringLiteral("04471235"));
        QCOMPARE(column(issued, QStringLiteral("courier")).toString(), QStringLiteral("顺丰速运"));
        QCOMPARE(column(issued, QStringLiteral("tracking_no")).toString(), QStringLiteral("SF1234567890"));
        QCOMPARE(column(issued, QStringLiteral("status")).toString(), QStringLiteral("mailing"));
    }

    void issuingQueuesThePushInTheSameTransaction()
    {
        const QString id = pulledPaperRequest();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM marketplace_outbox")), 0);
        // A refused issue (a number in use elsewhere is not the point; a bad number is) queues nothing.
        QCOMPARE(issue(id, QStringLiteral("12")).kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM marketplace_outbox")), 0);
        QVERIFY(issue(id).succeeded());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM marketplace_outbox WHERE state = 'pending'")), 1);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("pending"));
    }

    void anIssuedRequestIsPushedOnce()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        const auto to = provider();
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->modifications(id), 1);
        const QHash<QString, QString> sent = m_fake->lastModification(id);
        QCOMPARE(sent.value(QStringLiteral("OperateType")), QStringLiteral("0"));
        QCOMPARE(sent.value(QStringLiteral("Number")), QStringLiteral("04471235"));
        QCOMPARE(sent.value(QStringLiteral("Type")), QStringLiteral("0"));
        QCOMPARE(sent.value(QStringLiteral("CheckNotice")), QStringLiteral("顺丰速运 SF1234567890"));
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("synced"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM marketplace_outbox WHERE state = 'sent'")), 1);
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->calls(QStringLiteral("ModifyInvoiceForIsv")), 1);
    }

    void aPushWhoseAnswerWasLostIsReadBackNotSentAgain()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        m_fake->scriptFaults(QStringLiteral("ModifyInvoiceForIsv"), {FakeMarketplace::Fault::LoseResponse});
        const auto to = provider();
        QVERIFY(!pushRound(*to).isEmpty());
        QCOMPARE(m_fake->modifications(id), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM marketplace_outbox WHERE state = 'pending' "
                                      "AND outcome_unknown = TRUE")),
                 1);
        QVERIFY(!column(id, QStringLiteral("sync_error")).toString().isEmpty());

        m_clock->set(m_clock->nowUtc().addSecs(3600));
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->modifications(id), 1);
        QCOMPARE(m_fake->calls(QStringLiteral("ModifyInvoiceForIsv")), 1);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("synced"));
        QVERIFY(column(id, QStringLiteral("sync_error")).isNull());
    }

    void aDroppedPushIsSentAgainLater()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        // Qt 6.4 resends a request once by itself when the connection closes before any answer: the
        // drop is followed at once by the throttled resend.
        m_fake->scriptFaults(QStringLiteral("ModifyInvoiceForIsv"),
                             {FakeMarketplace::Fault::Drop, FakeMarketplace::Fault::Throttle});
        const auto to = provider();
        QVERIFY(pushRound(*to).contains(QStringLiteral("Throttling.User")));
        QCOMPARE(m_fake->modifications(id), 0);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("pending"));
        m_clock->set(m_clock->nowUtc().addSecs(3600));
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->modifications(id), 1);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("synced"));
    }

    void aConnectionDroppedAfterTheChangeDoesNotChangeItTwice()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        m_fake->scriptFaults(QStringLiteral("ModifyInvoiceForIsv"), {FakeMarketplace::Fault::ApplyThenDrop});
        const auto to = provider();
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->modifications(id), 1);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("synced"));
    }

    void rejectingPushesTheReason()
    {
        const QString id = pulledPaperRequest();
        InvoiceService invoices(m_fresh->database());
        MoveInvoiceRequest start
            = InvoiceFixture::move(column(id, QStringLiteral("id")).toString(),
                                   column(id, QStringLiteral("version")).toInt(), InvoiceAction::Start);
        QVERIFY(invoices.move(start).succeeded());
        MoveInvoiceRequest fail
            = InvoiceFixture::move(column(id, QStringLiteral("id")).toString(),
                                   column(id, QStringLiteral("version")).toInt(), InvoiceAction::MarkFailed);
        fail.reason = QStringLiteral("纳税人识别号有误");
        fail.header.at = m_clock->nowUtc();
        QVERIFY(invoices.move(fail).succeeded());
        const auto to = provider();
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->lastModification(id).value(QStringLiteral("OperateType")), QStringLiteral("1"));
        QCOMPARE(m_fake->lastModification(id).value(QStringLiteral("CheckNotice")),
                 QStringLiteral("纳税人识别号有误"));
    }

    void aPushToARequestHandledElsewhereCountsAsSent()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        m_fake->setField(id, QStringLiteral("Status"), 1);
        const auto to = provider();
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("synced"));
    }

    void aRefusedPushIsShownAndCanBeRetried()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        // The marketplace no longer knows the request.
        m_fake->setField(id, QStringLiteral("Id"), QStringLiteral("gone"));
        const auto to = provider();
        QVERIFY(pushRound(*to).contains(QStringLiteral("InvoiceNotFound")));
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("failed"));
        QVERIFY(
            column(id, QStringLiteral("sync_error")).toString().contains(QStringLiteral("InvoiceNotFound")));
        QCOMPARE(m_service->syncStatus(QStringLiteral("alibaba")).failedPushes, 1);

        m_fake->setField(QStringLiteral("gone"), QStringLiteral("Id"), id);
        QCOMPARE(m_service->retryFailed({column(id, QStringLiteral("id")).toString()}, m_clock->nowUtc()), 1);
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("pending"));
        QCOMPARE(pushRound(*to), QString());
        QCOMPARE(m_fake->modifications(id), 1);
    }

    void wrongCredentialsKeepThePushWaiting()
    {
        const QString id = pulledPaperRequest();
        QVERIFY(issue(id).succeeded());
        const auto to = provider(QStringLiteral("wrong-secret"));
        QVERIFY(pushRound(*to).contains(QStringLiteral("SignatureDoesNotMatch")));
        QCOMPARE(column(id, QStringLiteral("sync_state")).toString(), QStringLiteral("pending"));
        QCOMPARE(m_fake->modifications(id), 0);
    }

    void aConsoleImportIsAdoptedNotDuplicated()
    {
        Query(m_fresh->database(), QStringLiteral("UPDATE invoice_requests SET marketplace_id = NULL"))
            .exec();
        m_fake->addInvoice(QStringLiteral("66601"), m_clock->nowUtc().addSecs(-60), QStringLiteral("100.00"),
                           QStringLiteral("1001"));
        InvoiceService invoices(m_fresh->database());
        CreateInvoiceRequest typed = InvoiceFixture::request({1001}, 10000);
        QVERIFY(invoices.create(typed).succeeded());
        const auto from = provider();
        const MarketplaceSync::Report report = pull(*from);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 0);
        QCOMPARE(column(QStringLiteral("66601"), QStringLiteral("id")).toString(), typed.requestId);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceSync)
#include "tst_marketplacesync.moc"
