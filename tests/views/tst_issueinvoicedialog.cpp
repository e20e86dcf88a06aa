#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "issueinvoicedialog.h"
#include "query.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestIssueInvoiceDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void paper_validatesEachField_thenIssues()
    {
        InvoiceService service(m_fresh->database());
        const CreateInvoiceRequest command = InvoiceFixture::request({1001}, 4000);
        QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(m_fresh->database());
        FixedClock clock(InvoiceFixture::now().addSecs(3600));
        IssueInvoiceDialog dialog(*repository.detail(command.requestId), repository, repository.couriers(),
                                  service, clock, QStringLiteral("clerk1"));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("shipping"))->text().contains(QStringLiteral("¥50")));
        QCOMPARE(dialog.courierBox()->currentText(), QStringLiteral("顺丰速运"));

        dialog.invoiceNumberEdit()->setText(QStringLiteral("1234"));
        dialog.trackingNumberEdit()->setText(QStringLiteral("x"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.invoiceNumberEdit()->toolTip().isEmpty());
        QVERIFY(!dialog.trackingNumberEdit()->toolTip().isEmpty());
        QVERIFY(dialog.courierBox()->toolTip().isEmpty());
        QCOMPARE(repository.detail(command.requestId)->status, InvoiceStatus::Pending);

        dialog.invoiceNumberEdit()->setText(QStringLiteral("04471235"));
        dialog.trackingNumberEdit()->setText(QStringLiteral("SF1234567890"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto issued = repository.detail(command.requestId);
        QCOMPARE(issued->status, InvoiceStatus::Mailing);
        QCOMPARE(issued->invoicedAt, clock.nowUtc());
    }

    void shipping_followsTheCashOnDeliveryLimit()
    {
        InvoiceService service(m_fresh->database());
        const CreateInvoiceRequest command = InvoiceFixture::request({1001}, 8000);
        QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(m_fresh->database());
        FixedClock clock(InvoiceFixture::now());
        const auto shipping = [&] {
            IssueInvoiceDialog dialog(*repository.detail(command.requestId), repository,
                                      repository.couriers(), service, clock, QStringLiteral("clerk1"));
            return dialog.findChild<QLabel*>(QStringLiteral("shipping"))->text();
        };
        QVERIFY2(shipping().contains(QStringLiteral("pays the courier")), qPrintable(shipping()));
        QVERIFY(m_fresh->setSetting(QStringLiteral("invoice.cash_on_delivery_limit_fen"), 10000));
        QVERIFY2(shipping().contains(QStringLiteral("allowed: the amount is not above ¥100")),
                 qPrintable(shipping()));
    }

    void electronic_needsEmailAndFile()
    {
        InvoiceService service(m_fresh->database());
        CreateInvoiceRequest command = InvoiceFixture::request({1001}, 9000);
        command.medium = InvoiceMedium::Electronic;
        command.email = QStringLiteral("finance@xinghai.example.cn");
        QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(m_fresh->database());
        FixedClock clock(InvoiceFixture::now());
        IssueInvoiceDialog dialog(*repository.detail(command.requestId), repository, repository.couriers(),
                                  service, clock, QStringLiteral("clerk1"));
        QVERIFY(!dialog.trackingNumberEdit());
        QCOMPARE(dialog.emailEdit()->text(), command.email);
        dialog.invoiceNumberEdit()->setText(QStringLiteral("04471235"));
        dialog.accept();
        auto* file = dialog.findChild<QPushButton*>(QStringLiteral("file"));
        QVERIFY(!file->toolTip().isEmpty());
        dialog.setInvoiceFile(QStringLiteral("04471235.pdf"), "%PDF-1.7");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(repository.detail(command.requestId)->invoiceFileName, QStringLiteral("04471235.pdf"));
    }

    void refundedOrder_cannotBeIssued()
    {
        InvoiceService service(m_fresh->database());
        const CreateInvoiceRequest command = InvoiceFixture::request({1001}, 4000);
        QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
        Query(m_fresh->database(),
              QStringLiteral("UPDATE orders SET status = 'refunding' WHERE order_no = '1001'"))
            .exec();
        InvoiceRequestRepository repository(m_fresh->database());
        FixedClock clock(InvoiceFixture::now());
        IssueInvoiceDialog dialog(*repository.detail(command.requestId), repository, repository.couriers(),
                                  service, clock, QStringLiteral("clerk1"));
        bool issueEnabled = true;
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(QStringLiteral("Issue")))
                issueEnabled = button->isEnabled();
        }
        QVERIFY(!issueEnabled);
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestIssueInvoiceDialog)
#include "tst_issueinvoicedialog.moc"
