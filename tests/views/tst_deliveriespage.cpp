#include "deliveriespage.h"
#include "deliveryfixture.h"
#include "deliveryrepository.h"
#include "deliveryservice.h"
#include "deliverystepdialog.h"
#include "fixedclock.h"
#include "flowlogdocument.h"
#include "flowlogmodel.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "pagedtablemodel.h"
#include "refundrequestdialog.h"
#include "refundservice.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestDeliveriesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        DeliveryFixture::write(m_fresh->database());
        DeliveryFixture::addDelivery(m_fresh->database(), 2001, 50000);
        m_clock = std::make_unique<FixedClock>(InvoiceFixture::now());
        m_deliveries = std::make_unique<DeliveryService>(m_fresh->database());
        m_refunds = std::make_unique<RefundService>(m_fresh->database());
        m_page = std::make_unique<DeliveriesPage>(m_fresh->database(), *m_deliveries, *m_refunds, *m_clock,
                                                  QStringLiteral("王芳"));
        m_page->resize(1300, 700);
        m_page->show();
        m_page->activate();
        QCOMPARE(m_page->model()->rowCount(), 1);
        m_page->tableView()->selectRow(0);
        QCOMPARE(m_page->selectedId(), DeliveryFixture::deliveryId(2001));
    }
    void cleanup()
    {
        m_page.reset();
        m_refunds.reset();
        m_deliveries.reset();
        m_fresh.reset();
    }

    void actions_followTheStateAndTheParty()
    {
        QVERIFY(m_page->actionFor(DeliveryAction::SubmitRequirement, DeliveryActor::Buyer)->isEnabled());
        QVERIFY(m_page->actionFor(DeliveryAction::RequestRefund, DeliveryActor::Buyer)->isEnabled());
        QVERIFY(!m_page->actionFor(DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor)->isEnabled());
        QVERIFY(!m_page->actionFor(DeliveryAction::Accept, DeliveryActor::Buyer)->isEnabled());
        QVERIFY(!m_page->actionFor(DeliveryAction::ApproveRefund, DeliveryActor::Platform)->isEnabled());
        QCOMPARE(m_page->actionFor(DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_K));
    }

    void stepDialog_needsItsText_thenLogsTheStepWithFiles()
    {
        const auto delivery
            = DeliveryRepository(m_fresh->database()).detail(DeliveryFixture::deliveryId(2001));
        DeliveryRepository repository(m_fresh->database());
        DeliveryStepDialog dialog(*delivery, DeliveryAction::SubmitRequirement, DeliveryActor::Buyer,
                                  repository, *m_deliveries, *m_clock, QStringLiteral("王芳"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.textEdit()->toolTip().isEmpty());
        QCOMPARE(m_page->flowLog()->rowCount(), 0);

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("需求说明.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("4 databases, 200 GB");
        file.close();
        QVERIFY(dialog.addFile(path));
        dialog.textEdit()->setPlainText(QStringLiteral("迁移 4 个 MySQL 库"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The page follows the service: the flow log shows the step with its text and file.
        QCOMPARE(m_page->flowLog()->rowCount(), 1);
        const QModelIndex step = m_page->flowLog()->index(0, 0);
        QCOMPARE(m_page->flowLog()->rowCount(step), 2);
        QVERIFY(m_page->flowLogView()->isExpanded(step));
        QVERIFY(m_page->flowLog()
                    ->index(1, 0, step)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("需求说明.txt")));
        QVERIFY(m_page->actionFor(DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor)->isEnabled());
        QVERIFY(m_page->actionFor(DeliveryAction::EditRequirement, DeliveryActor::Buyer)->isEnabled());
        QCOMPARE(m_page->model()->data(m_page->model()->index(0, DeliveryRepository::State)).toString(),
                 QStringLiteral("Awaiting vendor confirmation"));
    }

    void flowLog_exportsToPdf()
    {
        MoveDelivery submit
            = DeliveryFixture::step(DeliveryFixture::deliveryId(2001), 1, DeliveryAction::SubmitRequirement,
                                    DeliveryActor::Buyer, QStringLiteral("迁移 <4> 个库"));
        QCOMPARE(m_deliveries->move(submit).kind, WriteOutcome::Kind::Done);
        DeliveryRepository repository(m_fresh->database());
        const FlowLogDocument document(*repository.detail(DeliveryFixture::deliveryId(2001)),
                                       repository.steps(DeliveryFixture::deliveryId(2001)));
        const QString html = document.html();
        QVERIFY(html.contains(QStringLiteral("迁移 &lt;4&gt; 个库")));
        QVERIFY(html.contains(QStringLiteral("Buyer (recorded by delivery1)")));
        // No translation is loaded here: the plural form is the source text's.
        QVERIFY(html.contains(QStringLiteral("90 day(s) from acceptance")));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("flow.pdf"));
        QCOMPARE(document.writePdf(path), QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!document.writePdf(folder.filePath(QStringLiteral("missing/flow.pdf"))).isEmpty());
    }

    void refundDialog_showsThePolicy_thenPausesTheDelivery()
    {
        const auto policy = m_refunds->policyFor(DeliveryFixture::orderId(2001), m_clock->nowUtc());
        RefundRequestDialog dialog(DeliveryFixture::orderId(2001), QStringLiteral("2001"), *policy,
                                   *m_refunds, *m_clock, QStringLiteral("王芳"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("policy"))->text().contains(QStringLiteral("full")));
        QVERIFY(dialog.amountEdit()->isReadOnly());
        QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("500.00"));
        dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(QStringLiteral("other")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.textEdit()->toolTip().isEmpty());
        dialog.textEdit()->setPlainText(QStringLiteral("买家项目取消"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(m_page->model()->data(m_page->model()->index(0, DeliveryRepository::State)).toString(),
                 QStringLiteral("Refunding"));
        QVERIFY(m_page->actionFor(DeliveryAction::ApproveRefund, DeliveryActor::Platform)->isEnabled());
        QVERIFY(m_page->actionFor(DeliveryAction::DeclineRefund, DeliveryActor::Platform)->isEnabled());
        QVERIFY(!m_page->actionFor(DeliveryAction::SubmitRequirement, DeliveryActor::Buyer)->isEnabled());
        QCOMPARE(m_page->flowLog()->rowCount(), 1);
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<DeliveryService> m_deliveries;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<DeliveriesPage> m_page;
};

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveriespage.moc"
