#include "depositrepository.h"
#include "depositservice.h"
#include "duejobrunner.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "query.h"
#include "storageerror.h"
#include "testsql.h"
#include "vendorrepository.h"

#include <QSignalSpy>
#include <QTest>

namespace {

using F = OnboardingFixture;

} // namespace

/// The deposit ledger (SPEC 2.3) on both backends: receipts, deductions and the surcharge, the
/// top-up deadline, the settlement a late shortfall is taken from, the suspension and its lifting,
/// and the database's own refusal to list while the deposit is short.
class TestDepositService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void deposit_deductionsProposeASurcharge_confirmRaisesTheAmountDue()
    {
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("丁公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0005")), F::chinaTime(2026, 1, 5));
        DepositService deposits(db());
        const RecordDepositEntry payment
            = F::depositEntry(vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2026, 1, 6));
        QCOMPARE(deposits.record(payment).kind, WriteOutcome::Kind::Done);
        // A second payment with the same receipt number is refused, naming the field; nothing written.
        RecordDepositEntry again
            = F::depositEntry(vendor, DepositEntryKind::Payment, 100, F::chinaTime(2026, 1, 6));
        again.receiptNo = payment.receiptNo;
        const WriteOutcome duplicate = deposits.record(again);
        QCOMPARE(duplicate.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(duplicate.fieldErrors.first().field, QStringLiteral("receipt_no"));
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 30000, F::chinaTime(2026, 2, 1)))
                .kind,
            WriteOutcome::Kind::Invalid);
        for (int month : {2, 5})
            QCOMPARE(deposits
                         .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 500,
                                                 F::chinaTime(2026, month, 1)))
                         .kind,
                     WriteOutcome::Kind::Done);
        QVERIFY(DepositRepository(db()).ledger(vendor).surcharges.isEmpty());
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 500, F::chinaTime(2026, 9, 1)))
                .kind,
            WriteOutcome::Kind::Done);
        auto ledger = DepositRepository(db()).ledger(vendor);
        QCOMPARE(ledger.balance(), Money::fromYuan(18500));
        QCOMPARE(ledger.surcharges.size(), 1);
        QCOMPARE(ledger.surcharges.first().status, SurchargeStatus::Proposed);
        QCOMPARE(ledger.due(F::chinaTime(2026, 9, 2)), Money::fromYuan(20000)); // proposed is not due

        const DecideSurcharge confirm {F::header(F::chinaTime(2026, 9, 2)), ledger.surcharges.first().id, 1,
                                       true};
        QCOMPARE(deposits.decideSurcharge(confirm).kind, WriteOutcome::Kind::Done);
        QCOMPARE(deposits
                     .decideSurcharge(
                         DecideSurcharge {F::header(F::chinaTime(2026, 9, 2)), confirm.surchargeId, 1, false})
                     .kind,
                 WriteOutcome::Kind::Conflict);
        ledger = DepositRepository(db()).ledger(vendor);
        QCOMPARE(ledger.due(F::chinaTime(2026, 9, 3)), Money::fromYuan(30000));
        QCOMPARE(ledger.due(F::chinaTime(2027, 9, 3)), Money::fromYuan(20000));
        // A fourth deduction while the surcharge runs proposes nothing more.
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 500, F::chinaTime(2026, 10, 1)))
                .kind,
            WriteOutcome::Kind::Done);
        QCOMPARE(DepositRepository(db()).ledger(vendor).surcharges.size(), 1);
        // The balance is refunded only after the vendor left.
        QCOMPARE(
            deposits.record(F::depositEntry(vendor, DepositEntryKind::Refund, 100, F::chinaTime(2026, 10, 2)))
                .kind,
            WriteOutcome::Kind::Invalid);
    }

    void lateShortfall_waitsForTheSettlement_thenSuspends_andATopUpLifts()
    {
        // Monday 23 November: Tuesday, Wednesday and Thursday are the three working days; after
        // them the shortfall waits for the settlement of 1 December.
        const VendorId vendor = F::shortVendor(db(), QStringLiteral("戊公司"),
                                               F::creditCode(QStringLiteral("91330106MA2KY0006")));
        QVERIFY(!vendor.isNull());
        DepositService deposits(db());
        QSignalSpy changed(&deposits, &DepositService::changed);
        DueJobRunner runner(db());
        for (const QDateTime& at : {F::chinaTime(2026, 11, 27, 0), F::chinaTime(2026, 12, 1, 23)})
            QCOMPARE(runner.run(at, QStringLiteral("system")).vendorsSuspended, 0);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("active"));
        const auto report = runner.run(F::chinaTime(2026, 12, 2, 0), QStringLiteral("system"));
        QCOMPARE(report.vendorsSuspended, 1);
        QCOMPARE(report.error, QString());
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        // Kept as a code, put into words when read (in the reader's language: tst_audittext).
        QCOMPARE(scalar(QStringLiteral("SELECT status_reason_code || '|' || status_reason FROM vendors "
                                       "WHERE id = '%1'")
                            .arg(vendor.toString())),
                 QStringLiteral("deposit_shortfall:2026-12-01|"));
        QCOMPARE(VendorRepository(db()).detail(vendor)->statusReason,
                 QStringLiteral("Deposit not topped up and still short after the settlement of 2026-12-01"));
        QCOMPARE(runner.run(F::chinaTime(2026, 12, 3), QStringLiteral("system")).vendorsSuspended, 0);

        // A later settlement and a top-up together cover it: the display comes back.
        QCOMPARE(
            deposits.record(F::depositEntry(vendor, DepositEntryKind::TopUp, 1000, F::chinaTime(2026, 12, 4)))
                .kind,
            WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Settlement, 1000, F::chinaTime(2027, 1, 1)))
                .kind,
            WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM audit_log WHERE entity = 'vendor' AND entity_id = '%1' "
                            "AND action IN ('suspend', 'lift')")
                            .arg(vendor.toString())),
                 QStringLiteral("2"));
        QCOMPARE(changed.count(), 2);
    }

    void settlement_givesAtMostTheShortfall_andLeavingItShortSuspendsAtOnce()
    {
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("己公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0007")), F::chinaTime(2026, 1, 5));
        DepositService deposits(db());
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2026, 1, 6)))
                .kind,
            WriteOutcome::Kind::Done);
        // Nothing is short: nothing is taken from a settlement.
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Settlement, 1, F::chinaTime(2026, 2, 1)))
                .fieldErrors.value(0)
                .field,
            QStringLiteral("amount"));
        QCOMPARE(deposits
                     .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 2000,
                                             F::chinaTime(2026, 11, 23)))
                     .kind,
                 WriteOutcome::Kind::Done);
        const WriteOutcome tooMuch = deposits.record(
            F::depositEntry(vendor, DepositEntryKind::Settlement, 2001, F::chinaTime(2026, 12, 1)));
        QCOMPARE(tooMuch.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(tooMuch.fieldErrors.value(0).field, QStringLiteral("amount"));
        QCOMPARE(DepositRepository(db()).ledger(vendor).lines.size(), 2);
        // Before the top-up deadline a part taken from a settlement is a part paid.
        QCOMPARE(deposits
                     .record(F::depositEntry(vendor, DepositEntryKind::Settlement, 500,
                                             F::chinaTime(2026, 11, 24)))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("active"));
        // The settlement after the deadline gives ¥500 of the ¥1,500 missing: suspended at once.
        QCOMPARE(deposits
                     .record(F::depositEntry(vendor, DepositEntryKind::Settlement, 500,
                                             F::chinaTime(2026, 12, 1, 11)))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        QCOMPARE(DepositRepository(db()).ledger(vendor).balance(), Money::fromYuan(19000));
        QCOMPARE(
            DueJobRunner(db()).run(F::chinaTime(2026, 12, 2, 0), QStringLiteral("system")).vendorsSuspended,
            0);
    }

    void depositRules_followTheSettings()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("deposit.top_up_working_days"), 1));
        QVERIFY(m_fresh->setSetting(QStringLiteral("deposit.settlement_day"), 25));
        QVERIFY(m_fresh->setSetting(QStringLiteral("deposit.surcharge_deductions"), 3));
        QVERIFY(m_fresh->setSetting(QStringLiteral("deposit.surcharge_fen"), Money::fromYuan(5000).fen()));
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("庚公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0008")), F::chinaTime(2026, 1, 5));
        DepositService deposits(db());
        // ¥300 above the ¥20,000 due: three deductions of ¥100 leave it paid in full.
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Payment, 20300, F::chinaTime(2026, 1, 6)))
                .kind,
            WriteOutcome::Kind::Done);
        // Three deductions within twelve months propose nothing when three are allowed.
        for (int month : {3, 6, 9})
            QCOMPARE(deposits
                         .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 100,
                                                 F::chinaTime(2026, month, 23)))
                         .kind,
                     WriteOutcome::Kind::Done);
        QVERIFY(DepositRepository(db()).ledger(vendor).surcharges.isEmpty());
        // The fourth, on Monday 23 November, leaves the deposit short and proposes the surcharge set.
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 100, F::chinaTime(2026, 11, 23)))
                .kind,
            WriteOutcome::Kind::Done);
        // One working day to top up: late from Wednesday 00:00, and taken from the settlement that
        // same day, the 25th; suspended when that day ends.
        DueJobRunner runner(db());
        QCOMPARE(runner.run(F::chinaTime(2026, 11, 25, 23), QStringLiteral("system")).vendorsSuspended, 0);
        QCOMPARE(runner.run(F::chinaTime(2026, 11, 26, 0), QStringLiteral("system")).vendorsSuspended, 1);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        const auto surcharges = DepositRepository(db()).ledger(vendor).surcharges;
        QCOMPARE(surcharges.size(), 1);
        QCOMPARE(surcharges.first().amount, Money::fromYuan(5000));
    }

    void listing_isRefusedByTheDatabaseUntilTheDepositIsPaidInFull()
    {
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("庚公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0008")), F::chinaTime(2026, 1, 5));
        const QString product = F::newId();
        Query(
            db(),
            QStringLiteral("INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, "
                           "status, created_at, updated_at) VALUES ('%1', '%2', '%3', '镜像', 'image', 100, "
                           "'draft', 0, 0)")
                .arg(product, vendor.toString(), F::softwareMarket))
            .exec();
        const QString list
            = QStringLiteral("UPDATE products SET status = 'listed', updated_at = %1 WHERE id = '%2'")
                  .arg(F::chinaTime(2026, 2, 1).toMSecsSinceEpoch())
                  .arg(product);
        QVERIFY_THROWS_EXCEPTION(StorageError, Query(db(), list).exec());
        DepositService deposits(db());
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Payment, 19999, F::chinaTime(2026, 1, 6)))
                .kind,
            WriteOutcome::Kind::Done);
        QVERIFY_THROWS_EXCEPTION(StorageError, Query(db(), list).exec());
        QCOMPARE(
            deposits.record(F::depositEntry(vendor, DepositEntryKind::TopUp, 1, F::chinaTime(2026, 1, 7)))
                .kind,
            WriteOutcome::Kind::Done);
        Query(db(), list).exec();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM products WHERE id = '%1'").arg(product)),
                 QStringLiteral("listed"));
        // A new product inserted as listed meets the same rule.
        Query(db(),
              QStringLiteral(
                  "INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, "
                  "status, created_at, updated_at) VALUES ('%1', '%2', '%3', '下载', 'download', 100, "
                  "'listed', 0, 0)")
                  .arg(F::newId(), vendor.toString(), F::softwareMarket))
            .exec();
    }

private:
    Database& db() { return m_fresh->database(); }
    QString scalar(const QString& sql) { return TestSql::scalar(db(), sql); }
    QString vendorStatus(const VendorId& vendor) { return F::vendorStatus(db(), vendor); }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestDepositService)
#include "tst_depositservice.moc"
