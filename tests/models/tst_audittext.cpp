#include "applicationservice.h"
#include "audittext.h"
#include "depositservice.h"
#include "domaintext.h"
#include "duejobrunner.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "onboardingfixture.h"
#include "vendorrepository.h"
#include "vendorservice.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using F = OnboardingFixture;

/// The History tabs of a vendor and of an invoice request, written by the services as a clerk's or
/// a reviewer's work writes them: steps and changes a person reads, not the stored keys and JSON.
class TestAuditText : public QObject
{
    Q_OBJECT

private:
    /// Fails when a text shows a stored key ("invoice_no") or JSON.
    static void verifyReadable(const QString& text)
    {
        QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('_')), qPrintable(text));
    }

private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void invoiceRequestHistory_namesStepsAndFields()
    {
        InvoiceFixture::write(m_fresh->database());
        InvoiceService service(m_fresh->database());
        const CreateInvoiceRequest create = InvoiceFixture::request({1001}, 10000);
        QCOMPARE(service.create(create).kind, WriteOutcome::Kind::Done);
        const QString id = create.requestId;
        QCOMPARE(service.move(InvoiceFixture::move(id, 1, InvoiceAction::Start)).kind,
                 WriteOutcome::Kind::Done);
        MoveInvoiceRequest issue = InvoiceFixture::move(id, 2, InvoiceAction::Issue);
        issue.invoiceNo = QStringLiteral("04471235");
        issue.courier = QStringLiteral("顺丰速运");
        issue.trackingNo = QStringLiteral("SF1234567890");
        QCOMPARE(service.move(issue).kind, WriteOutcome::Kind::Done);

        const QString entity = QStringLiteral("invoice_request");
        QStringList steps;
        QStringList changes;
        for (const auto& entry : InvoiceRequestRepository(m_fresh->database()).history(id)) {
            steps << AuditText::step(entity, entry.action);
            changes << AuditText::change(entity, entry.before, entry.after);
        }
        QCOMPARE(steps,
                 (QStringList {QStringLiteral("Created"), DomainText::name(InvoiceAction::Start),
                               DomainText::name(InvoiceAction::Issue)}));
        for (const QString& text : std::as_const(steps) + changes)
            verifyReadable(text);
        const QStringList created = changes.at(0).split(QLatin1Char('\n'));
        QCOMPARE(created.first(), QStringLiteral("Status: %1").arg(DomainText::name(InvoiceStatus::Pending)));
        QVERIFY2(created.contains(QStringLiteral("Amount: %1").arg(Money::fromFen(10000).format(QLocale()))),
                 qPrintable(changes.at(0)));
        QVERIFY2(created.contains(QStringLiteral("Title: 上海星海贸易有限公司")), qPrintable(changes.at(0)));
        const QStringList issued = changes.at(2).split(QLatin1Char('\n'));
        QCOMPARE(
            issued.first(),
            QStringLiteral("Status: %1 → %2")
                .arg(DomainText::name(InvoiceStatus::Processing), DomainText::name(InvoiceStatus::Mailing)));
        for (const QString& line :
             {QStringLiteral("Invoice number: 04471235"), QStringLiteral("Courier: 顺丰速运"),
              QStringLiteral("Tracking number: SF1234567890"),
              QStringLiteral("Invoiced at: %1")
                  .arg(DomainText::localTime(issue.header.at.toMSecsSinceEpoch()))})
            QVERIFY2(issued.contains(line), qPrintable(changes.at(2)));
    }

    void vendorHistory_namesStepsAndFields()
    {
        const VendorId vendor = F::approvedVendor(m_fresh->database(), QStringLiteral("乙公司"),
                                                  F::creditCode(QStringLiteral("91330106MA2KY0003")),
                                                  F::chinaTime(2024, 1, 10));
        QCOMPARE(
            DepositService(m_fresh->database())
                .record(F::depositEntry(vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2024, 1, 11)))
                .kind,
            WriteOutcome::Kind::Done);
        const MoveVendor exit {
            F::header(F::chinaTime(2025, 11, 23, 15)), vendor, 1, VendorAction::Exit, LeaveReason::OwnRequest,
            QStringLiteral("合同到期不再续约")};
        QCOMPARE(VendorService(m_fresh->database()).move(exit).kind, WriteOutcome::Kind::Done);

        QStringList steps;
        QStringList changes;
        for (const auto& entry : VendorRepository(m_fresh->database()).history(vendor)) {
            steps << AuditText::step(entry.entity, entry.action);
            changes << AuditText::change(entry.entity, entry.before, entry.after);
        }
        QCOMPARE(steps,
                 (QStringList {QStringLiteral("Admitted"),
                               QStringLiteral("Deposit: %1").arg(DomainText::name(DepositEntryKind::Payment)),
                               DomainText::name(VendorAction::Exit)}));
        for (const QString& text : std::as_const(steps) + changes)
            verifyReadable(text);
        QCOMPARE(changes.at(0), QStringLiteral("Name: 乙公司"));
        QVERIFY2(changes.at(1).startsWith(
                     QStringLiteral("Amount: %1").arg(Money::fromFen(2000000).format(QLocale()))),
                 qPrintable(changes.at(1)));
        QCOMPARE(changes.at(2),
                 QStringLiteral("Status: %1 → %2\nReason: 合同到期不再续约\nWhy it left: %3")
                     .arg(DomainText::name(VendorStatus::Active), DomainText::name(VendorStatus::Exited),
                          DomainText::name(LeaveReason::OwnRequest)));
    }

    /// A suspension for a deposit shortfall written by a client in one language and read by one in
    /// another: the reason was kept in the words of whoever ran the due jobs.
    void systemReason_isReadInTheReadersLanguage()
    {
        const VendorId vendor = F::shortVendor(m_fresh->database(), QStringLiteral("戊公司"),
                                               F::creditCode(QStringLiteral("91330106MA2KY0006")));
        QCOMPARE(DueJobRunner(m_fresh->database())
                     .run(F::chinaTime(2026, 12, 2, 0), QStringLiteral("system"))
                     .vendorsSuspended,
                 1);

        VendorRepository vendors(m_fresh->database());
        const auto lastChange = [&] {
            const auto history = vendors.history(vendor);
            return AuditText::change(history.last().entity, history.last().before, history.last().after);
        };
        QCOMPARE(vendors.detail(vendor)->statusReason,
                 QStringLiteral("Deposit not topped up and still short after the settlement of 2026-12-01"));
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(MARKETDESK_ZH_CN_QM)));
        QCoreApplication::installTranslator(&chinese);
        const QString reason = vendors.detail(vendor)->statusReason;
        const QString change = lastChange();
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(reason, QStringLiteral("保证金未补足，2026-12-01 结算扣取后仍不足"));
        QVERIFY2(change.contains(QStringLiteral("原因：保证金未补足，2026-12-01 结算扣取后仍不足")),
                 qPrintable(change));
        QVERIFY2(lastChange().contains(QStringLiteral("Reason: Deposit not topped up")),
                 qPrintable(lastChange()));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
