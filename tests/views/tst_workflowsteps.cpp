#include "conflictanswer.h"
#include "database.h"
#include "deliveryfixture.h"
#include "deliveryrepository.h"
#include "deliveryservice.h"
#include "deliverystepdialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "issueinvoicedialog.h"
#include "orderrepository.h"
#include "papermailingdialog.h"
#include "refundservice.h"
#include "workflowsteps.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

/// A workflow step that meets a newer version of its record: both are shown side by side, and the
/// step is applied to the newer version only when it may still be taken there and touches no field
/// the other client changed.
class TestWorkflowSteps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        DeliveryFixture::write(m_fresh->database());
        QString error;
        m_other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_invoices = std::make_unique<InvoiceService>(m_fresh->database());
        m_requests = std::make_unique<InvoiceRequestRepository>(m_fresh->database());
    }
    void cleanup()
    {
        m_requests.reset();
        m_invoices.reset();
        m_other.reset();
        m_fresh.reset();
    }

    void issue_isAppliedToTheirVersion_whenTheyOnlyStartedIt()
    {
        // Another clerk starts the request meanwhile: pending → processing.
        const auto dialog = issueAfterTheyMoved(InvoiceAction::Start, InvoiceActor::Clerk);
        QVERIFY(dialog);
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog->accept();
        QCOMPARE(answer.unexpected(), QStringList());
        QCOMPARE(answer.answered(), 1);
        QVERIFY(answer.mergeAllowed());
        QCOMPARE(answer.collisions(), QStringList());
        QCOMPARE(answer.rows(), 15);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto issued = m_requests->detail(m_opened.id);
        QCOMPARE(issued->status, InvoiceStatus::Mailing);
        QCOMPARE(issued->invoiceNo, QStringLiteral("04471235"));
        QCOMPARE(issued->version, m_opened.version + 2);
    }

    void issue_isRefused_whenTheyCancelled_andReloadCloses()
    {
        const auto dialog = issueAfterTheyMoved(InvoiceAction::Cancel, InvoiceActor::Buyer);
        QVERIFY(dialog);
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        {
            // Merge is not offered: the user is back in the dialog with the input kept.
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            dialog->accept();
            QCOMPARE(answer.unexpected(), QStringList());
            QVERIFY(!answer.mergeAllowed());
            QCOMPARE(answer.collisions(), QStringList {QStringLiteral("status")});
        }
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(dialog->invoiceNumberEdit()->text(), QStringLiteral("04471235"));
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Reload);
            dialog->accept();
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(rejected.count(), 1);
        const auto stored = m_requests->detail(m_opened.id);
        QCOMPARE(stored->status, InvoiceStatus::Cancelled);
        QVERIFY(stored->invoiceNo.isEmpty());
    }

    void deliveryStep_isAppliedToTheirVersion_whenTheyEditedAnotherField()
    {
        const QString id = awaitingConfirmation();
        DeliveryRepository repository(m_fresh->database());
        DeliveryService service(m_fresh->database());
        const auto opened = repository.detail(id);
        FixedClock clock(InvoiceFixture::now().addSecs(7200));
        DeliveryStepDialog dialog(*opened, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor,
                                  repository, service, clock, QStringLiteral("交付李工"));
        QCOMPARE(DeliveryService(*m_other)
                     .move(DeliveryFixture::step(id, opened->version, DeliveryAction::EditRequirement,
                                                 DeliveryActor::Buyer, QStringLiteral("迁移 5 个 MySQL 库")))
                     .kind,
                 WriteOutcome::Kind::Done);

        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog.accept();
        QCOMPARE(answer.unexpected(), QStringList());
        QVERIFY(answer.mergeAllowed());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto confirmed = repository.detail(id);
        QCOMPARE(confirmed->state, DeliveryState::Implementing);
        QCOMPARE(confirmed->requirement, QStringLiteral("迁移 5 个 MySQL 库"));
        QVERIFY(confirmed->vendorConfirmed);
        QCOMPARE(repository.steps(id).size(), 3);
    }

    void deliveryStep_collides_whenTheyChangedTheSameField()
    {
        const QString id = awaitingConfirmation();
        DeliveryRepository repository(m_fresh->database());
        DeliveryService service(m_fresh->database());
        const auto opened = repository.detail(id);
        FixedClock clock(InvoiceFixture::now().addSecs(7200));
        DeliveryStepDialog dialog(*opened, DeliveryAction::EditRequirement, DeliveryActor::Buyer, repository,
                                  service, clock, QStringLiteral("王芳"));
        QCOMPARE(DeliveryService(*m_other)
                     .move(DeliveryFixture::step(id, opened->version, DeliveryAction::EditRequirement,
                                                 DeliveryActor::Buyer, QStringLiteral("迁移 5 个 MySQL 库")))
                     .kind,
                 WriteOutcome::Kind::Done);
        dialog.textEdit()->setPlainText(QStringLiteral("迁移 6 个 MySQL 库"));
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog.accept();
        QVERIFY(!answer.mergeAllowed());
        QCOMPARE(answer.collisions(), QStringList {QStringLiteral("requirement")});
        QCOMPARE(repository.detail(id)->requirement, QStringLiteral("迁移 5 个 MySQL 库"));
        QCOMPARE(repository.steps(id).size(), 2);
    }

    void refundDecision_isRefused_whenTheyDecidedFirst()
    {
        DeliveryFixture::addDelivery(m_fresh->database(), 2001, 50000);
        RefundService refunds(m_fresh->database());
        const RequestRefund requested = DeliveryFixture::refund(2001, RefundReason::CannotDeliver, 50000);
        QCOMPARE(refunds.request(requested).kind, WriteOutcome::Kind::Done);
        OrderRepository orders(m_fresh->database());
        const QString orderId = DeliveryFixture::orderId(2001);
        const OrderRepository::Refund opened = orders.refunds(orderId).constFirst();

        DecideRefund theirs;
        theirs.header = InvoiceFixture::header(30);
        theirs.refundId = opened.id;
        theirs.baseVersion = opened.version;
        theirs.approve = true;
        QCOMPARE(RefundService(*m_other).decide(theirs).kind, WriteOutcome::Kind::Done);

        DecideRefund mine = theirs;
        mine.header = InvoiceFixture::header(31);
        mine.approve = false;
        mine.declineReason = QStringLiteral("已交付");
        FixedClock clock(InvoiceFixture::now().addSecs(3600));
        const ConflictAnswer answer(ConflictDialog::Choice::Reload);
        const StepSaver::Result result
            = WorkflowSteps::save(mine, orderId, opened, orders, refunds, clock, nullptr);
        QCOMPARE(answer.unexpected(), QStringList());
        QCOMPARE(answer.collisions(), QStringList {QStringLiteral("status")});
        QVERIFY(!answer.mergeAllowed());
        QCOMPARE(result.next, StepSaver::Next::Reload);
        QCOMPARE(orders.refunds(orderId).constFirst().status, enumKey(RefundStatus::Approved));
    }

    void paperMailing_staysOrClosesAsTheUserChose()
    {
        StepSaver::Next next = StepSaver::Next::Stay;
        PaperMailingDialog dialog(
            QStringLiteral("合同纸质件已寄出"), QStringLiteral("张三"), {QStringLiteral("顺丰速运")},
            [&next](const QString&, const QString&) {
                return StepSaver::Result {next, WriteOutcome::conflict(QStringLiteral("newer"))};
            });
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.trackingNumberEdit()->setText(QStringLiteral("SF1234567890"));
        dialog.accept(); // back in the dialog, the input kept
        QCOMPARE(rejected.count() + accepted.count(), 0);
        QCOMPARE(dialog.trackingNumberEdit()->text(), QStringLiteral("SF1234567890"));
        next = StepSaver::Next::Reload;
        dialog.accept();
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);
    }

private:
    /// A pending paper request opened in the issue dialog with the invoice and tracking numbers
    /// typed in, while another client takes `action` on it.
    std::unique_ptr<IssueInvoiceDialog> issueAfterTheyMoved(InvoiceAction action, InvoiceActor actor)
    {
        const CreateInvoiceRequest created = InvoiceFixture::request({1001}, 4000);
        if (m_invoices->create(created).kind != WriteOutcome::Kind::Done)
            return nullptr;
        m_opened = *m_requests->detail(created.requestId);
        auto dialog = std::make_unique<IssueInvoiceDialog>(m_opened, *m_requests, m_requests->couriers(),
                                                           *m_invoices, m_clock, QStringLiteral("clerk1"));
        const WriteOutcome theirs = InvoiceService(*m_other).move(
            InvoiceFixture::move(m_opened.id, m_opened.version, action, actor));
        if (theirs.kind != WriteOutcome::Kind::Done)
            return nullptr;
        dialog->invoiceNumberEdit()->setText(QStringLiteral("04471235"));
        dialog->trackingNumberEdit()->setText(QStringLiteral("SF1234567890"));
        return dialog;
    }

    /// A delivery whose requirement the buyer submitted; returns its id.
    QString awaitingConfirmation()
    {
        QString id = DeliveryFixture::addDelivery(m_fresh->database(), 2002, 30000);
        const auto delivery = DeliveryRepository(m_fresh->database()).detail(id);
        [&] {
            QCOMPARE(
                DeliveryService(m_fresh->database())
                    .move(DeliveryFixture::step(id, delivery->version, DeliveryAction::SubmitRequirement,
                                                DeliveryActor::Buyer, QStringLiteral("迁移 4 个 MySQL 库")))
                    .kind,
                WriteOutcome::Kind::Done);
        }();
        return id;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<InvoiceRequestRepository> m_requests;
    FixedClock m_clock {InvoiceFixture::now().addSecs(3600)};
    InvoiceRequestRepository::Detail m_opened;
};

QTEST_MAIN(TestWorkflowSteps)
#include "tst_workflowsteps.moc"
