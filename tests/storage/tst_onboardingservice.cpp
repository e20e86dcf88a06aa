#include "applicationrepository.h"
#include "applicationservice.h"
#include "depositrepository.h"
#include "depositservice.h"
#include "duejobrunner.h"
#include "fieldvalidators.h"
#include "freshdatabase.h"
#include "query.h"
#include "vendorservice.h"
#include "violationservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

namespace {

const QString softwareMarket = QStringLiteral("6f1c2a40-0001-4000-8000-000000000001");
const QString serviceMarket = QStringLiteral("6f1c2a40-0001-4000-8000-000000000002");
const QString enterpriseMarket = QStringLiteral("6f1c2a40-0001-4000-8000-000000000004");
const QString offPlatformTrade = QStringLiteral("6f1c2a40-0004-4000-8000-000000000002"); // 12 points

QDateTime chinaTime(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

CommandHeader header(const QDateTime& at)
{
    return {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"), at};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString creditCode(const QString& first17)
{
    return first17 + FieldValidators::creditCodeCheckCharacter(first17);
}

SaveApplication application(const QString& name, const QString& code, const QDateTime& at)
{
    SaveApplication command;
    command.header = header(at);
    command.applicationId = newId();
    command.submit = true;
    command.companyName = name;
    command.contactPerson = QStringLiteral("王磊");
    command.phone = QStringLiteral("13812345678");
    command.email = QStringLiteral("wang@example.cn");
    command.creditCode = code;
    command.province = QStringLiteral("浙江省");
    command.city = QStringLiteral("杭州市");
    command.mainBusiness = QStringLiteral("企业软件");
    command.acceptsEntryAgreement = command.acceptsManagementRules = command.acceptsPlatformAgreement = true;
    command.marketIds = {softwareMarket, serviceMarket};
    command.serviceStaffCount = 20;
    command.serviceHours = QStringLiteral("7×24");
    command.warrantyPeriod = QStringLiteral("12 个月");
    command.files = {{ApplicationFileKind::BusinessLicence, QStringLiteral("licence.pdf"), "%PDF-1.4"},
                     {ApplicationFileKind::LegalRepresentativeId, QStringLiteral("id.png"), "png"}};
    return command;
}

} // namespace

class TestOnboardingService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void draft_submit_review_approve_createsTheVendor()
    {
        ApplicationService service(db());
        QSignalSpy changed(&service, &ApplicationService::changed);
        SaveApplication draft
            = application(QStringLiteral("杭州云栈科技有限公司"),
                          creditCode(QStringLiteral("91330106MA2KY0001")), chinaTime(2026, 11, 2));
        draft.submit = false;
        draft.files.clear();
        draft.phone.clear();
        QCOMPARE(service.save(draft).kind, WriteOutcome::Kind::Done);
        ApplicationRepository repository(db());
        QCOMPARE(repository.detail(draft.applicationId)->status, ApplicationStatus::Draft);

        // Submitting the resumed draft checks every field, including the files already kept.
        SaveApplication submit = application(draft.companyName, draft.creditCode, chinaTime(2026, 11, 3));
        submit.applicationId = draft.applicationId;
        submit.baseVersion = 1;
        submit.files.removeLast();
        WriteOutcome outcome = service.save(submit);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(outcome.fieldErrors.first().field, QStringLiteral("files"));
        submit.files = {{ApplicationFileKind::LegalRepresentativeId, QStringLiteral("id.png"), "png"},
                        {ApplicationFileKind::BusinessLicence, QStringLiteral("licence.pdf"), "%PDF"}};
        QCOMPARE(service.save(submit).kind, WriteOutcome::Kind::Done);
        auto detail = repository.detail(draft.applicationId);
        QCOMPARE(detail->status, ApplicationStatus::Submitted);
        QCOMPARE(detail->files.size(), 2);
        QCOMPARE(detail->marketNames, (QStringList {QStringLiteral("软件市场"), QStringLiteral("服务市场")}));
        QCOMPARE(detail->checks.size(), 15); // every market's five plus five each for software and service

        DecideApplication start {header(chinaTime(2026, 11, 4)),
                                 draft.applicationId,
                                 detail->version,
                                 ApplicationAction::StartReview,
                                 {},
                                 {}};
        QCOMPARE(service.decide(start).kind, WriteOutcome::Kind::Done);
        detail = repository.detail(draft.applicationId);
        for (const auto& check : detail->checks.mid(1))
            QCOMPARE(service
                         .checkItem({header(chinaTime(2026, 11, 4)), draft.applicationId, check.condition.id,
                                     true, QStringLiteral("已核验")})
                         .kind,
                     WriteOutcome::Kind::Done);
        detail = repository.detail(draft.applicationId);
        QCOMPARE(detail->untickedCount(), 1);

        const VendorId vendor(QUuid::createUuid());
        DecideApplication approve {header(chinaTime(2026, 11, 5)),
                                   draft.applicationId,
                                   detail->version,
                                   ApplicationAction::Approve,
                                   {},
                                   vendor};
        outcome = service.decide(approve);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY(outcome.fieldErrors.first().message.contains(QLatin1Char('1')));
        approve.reason = QStringLiteral("实名认证已在线下核验");
        QCOMPARE(service.decide(approve).kind, WriteOutcome::Kind::Done);

        detail = repository.detail(draft.applicationId);
        QCOMPARE(detail->status, ApplicationStatus::Approved);
        QCOMPARE(detail->overrideReason, approve.reason);
        QCOMPARE(detail->vendorId, vendor.toString());
        const auto ledger = DepositRepository(db()).ledger(vendor);
        QCOMPARE(ledger.marketDeposits.size(), 2);
        QCOMPARE(ledger.due(chinaTime(2026, 11, 5)), Money::fromYuan(20000));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM vendors WHERE id = '%1'").arg(vendor.toString())),
                 QStringLiteral("active"));
        QVERIFY(changed.count() >= 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = '%1'")
                            .arg(draft.applicationId)),
                 QStringLiteral("18")); // draft, submit, start, 14 ticks, approve
    }

    void rejected_canBeCorrectedAndResubmitted_approvedCannotBeEdited()
    {
        ApplicationService service(db());
        SaveApplication submit
            = application(QStringLiteral("甲公司"), creditCode(QStringLiteral("91330106MA2KY0002")),
                          chinaTime(2026, 11, 2));
        QCOMPARE(service.save(submit).kind, WriteOutcome::Kind::Done);
        DecideApplication reject {
            header(chinaTime(2026, 11, 3)), submit.applicationId, 1, ApplicationAction::Reject, {}, {}};
        QCOMPARE(service.decide(reject).kind, WriteOutcome::Kind::Invalid);
        reject.reason = QStringLiteral("营业执照模糊");
        QCOMPARE(service.decide(reject).kind, WriteOutcome::Kind::Done);
        QCOMPARE(ApplicationRepository(db()).detail(submit.applicationId)->rejectReason, reject.reason);

        SaveApplication again = submit;
        again.header = header(chinaTime(2026, 11, 4));
        again.baseVersion = 2;
        again.files = {{ApplicationFileKind::BusinessLicence, QStringLiteral("licence-clear.pdf"), "%PDF"}};
        QCOMPARE(service.save(again).kind, WriteOutcome::Kind::Done);
        QCOMPARE(ApplicationRepository(db()).detail(submit.applicationId)->status,
                 ApplicationStatus::Submitted);

        again.header = header(chinaTime(2026, 11, 4));
        again.baseVersion = 2;
        QCOMPARE(service.save(again).kind, WriteOutcome::Kind::Conflict);
    }

    void reentry_isRefusedWithinAYearOfAnOwnExit_andForeverAfterExpulsion()
    {
        const QString code = creditCode(QStringLiteral("91330106MA2KY0003"));
        const VendorId vendor = approvedVendor(QStringLiteral("乙公司"), code, chinaTime(2024, 1, 10));
        VendorService vendors(db());
        MoveVendor exit {
            header(chinaTime(2025, 11, 23, 15)), vendor, 1, VendorAction::Exit, LeaveReason::OwnRequest, {}};
        QCOMPARE(vendors.move(exit).kind, WriteOutcome::Kind::Done);

        ApplicationService service(db());
        SaveApplication dayBefore
            = application(QStringLiteral("乙公司（新）"), code, chinaTime(2026, 11, 22, 23));
        WriteOutcome outcome = service.save(dayBefore);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY2(outcome.fieldErrors.first().message.contains(QStringLiteral("2026-11-23")),
                 qPrintable(outcome.fieldErrors.first().message));
        // Matched by name as well as by credit code.
        SaveApplication byName = application(QStringLiteral("乙公司"), QString(), chinaTime(2026, 11, 22));
        byName.entityType = EntityType::Individual;
        byName.files = {{ApplicationFileKind::IdCard, QStringLiteral("id.png"), "png"}};
        QCOMPARE(service.save(byName).kind, WriteOutcome::Kind::Invalid);
        SaveApplication dayOf = application(QStringLiteral("乙公司（新）"), code, chinaTime(2026, 11, 23, 0));
        QCOMPARE(service.save(dayOf).kind, WriteOutcome::Kind::Done);

        const QString expelledCode = creditCode(QStringLiteral("91330106MA2KY0004"));
        const VendorId expelled
            = approvedVendor(QStringLiteral("丙公司"), expelledCode, chinaTime(2020, 1, 10));
        MoveVendor expel {header(chinaTime(2020, 6, 1)), expelled, 1, VendorAction::Expel,
                          LeaveReason::Blacklisted,      {}};
        QCOMPARE(vendors.move(expel).kind, WriteOutcome::Kind::Done);
        outcome = service.save(application(QStringLiteral("丙公司"), expelledCode, chinaTime(2030, 1, 1)));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY(outcome.fieldErrors.first().message.contains(QStringLiteral("丙公司")));
    }

    void deposit_deductionsProposeASurcharge_confirmRaisesTheAmountDue()
    {
        const VendorId vendor = approvedVendor(
            QStringLiteral("丁公司"), creditCode(QStringLiteral("91330106MA2KY0005")), chinaTime(2026, 1, 5));
        DepositService deposits(db());
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Payment, 20000, chinaTime(2026, 1, 6))).kind,
                 WriteOutcome::Kind::Done);
        // A second payment with the same receipt number is refused by the database, nothing written.
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Payment, 100, chinaTime(2026, 1, 6))).kind,
                 WriteOutcome::Kind::Failed);
        QCOMPARE(
            deposits.record(entry(vendor, DepositEntryKind::Deduction, 30000, chinaTime(2026, 2, 1))).kind,
            WriteOutcome::Kind::Invalid);
        for (int month : {2, 5})
            QCOMPARE(
                deposits.record(entry(vendor, DepositEntryKind::Deduction, 500, chinaTime(2026, month, 1)))
                    .kind,
                WriteOutcome::Kind::Done);
        QVERIFY(DepositRepository(db()).ledger(vendor).surcharges.isEmpty());
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Deduction, 500, chinaTime(2026, 9, 1))).kind,
                 WriteOutcome::Kind::Done);
        auto ledger = DepositRepository(db()).ledger(vendor);
        QCOMPARE(ledger.balance(), Money::fromYuan(18500));
        QCOMPARE(ledger.surcharges.size(), 1);
        QCOMPARE(ledger.surcharges.first().status, SurchargeStatus::Proposed);
        QCOMPARE(ledger.due(chinaTime(2026, 9, 2)), Money::fromYuan(20000)); // proposed is not due

        const DecideSurcharge confirm {header(chinaTime(2026, 9, 2)), ledger.surcharges.first().id, 1, true};
        QCOMPARE(deposits.decideSurcharge(confirm).kind, WriteOutcome::Kind::Done);
        QCOMPARE(deposits
                     .decideSurcharge(
                         DecideSurcharge {header(chinaTime(2026, 9, 2)), confirm.surchargeId, 1, false})
                     .kind,
                 WriteOutcome::Kind::Conflict);
        ledger = DepositRepository(db()).ledger(vendor);
        QCOMPARE(ledger.due(chinaTime(2026, 9, 3)), Money::fromYuan(30000));
        QCOMPARE(ledger.due(chinaTime(2027, 9, 3)), Money::fromYuan(20000));
        // A fourth deduction while the surcharge runs proposes nothing more.
        QCOMPARE(
            deposits.record(entry(vendor, DepositEntryKind::Deduction, 500, chinaTime(2026, 10, 1))).kind,
            WriteOutcome::Kind::Done);
        QCOMPARE(DepositRepository(db()).ledger(vendor).surcharges.size(), 1);
        // The balance is refunded only after the vendor left.
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Refund, 100, chinaTime(2026, 10, 2))).kind,
                 WriteOutcome::Kind::Invalid);
    }

    void topUpDeadline_suspends_andATopUpLiftsTheSuspension()
    {
        const VendorId vendor = approvedVendor(
            QStringLiteral("戊公司"), creditCode(QStringLiteral("91330106MA2KY0006")), chinaTime(2026, 1, 5));
        DepositService deposits(db());
        QSignalSpy changed(&deposits, &DepositService::changed);
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Payment, 20000, chinaTime(2026, 1, 6))).kind,
                 WriteOutcome::Kind::Done);
        // Monday 23 November: Tuesday, Wednesday and Thursday are the three working days.
        QCOMPARE(
            deposits.record(entry(vendor, DepositEntryKind::Deduction, 2000, chinaTime(2026, 11, 23))).kind,
            WriteOutcome::Kind::Done);
        DueJobRunner runner(db());
        QCOMPARE(runner.run(chinaTime(2026, 11, 26, 23), QStringLiteral("system")).vendorsSuspended, 0);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("active"));
        const auto report = runner.run(chinaTime(2026, 11, 27, 0), QStringLiteral("system"));
        QCOMPARE(report.vendorsSuspended, 1);
        QCOMPARE(report.error, QString());
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        QCOMPARE(runner.run(chinaTime(2026, 11, 28), QStringLiteral("system")).vendorsSuspended, 0);

        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::TopUp, 1000, chinaTime(2026, 11, 30))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("suspended"));
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::TopUp, 1000, chinaTime(2026, 11, 30))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM audit_log WHERE entity = 'vendor' AND entity_id = '%1' "
                            "AND action IN ('suspend', 'lift')")
                            .arg(vendor.toString())),
                 QStringLiteral("2"));
        QCOMPARE(changed.count(), 4);
    }

    void violations_countInTheProcessingYear_expelDelistsAndDeducts()
    {
        const VendorId vendor = approvedVendor(
            QStringLiteral("己公司"), creditCode(QStringLiteral("91330106MA2KY0007")), chinaTime(2026, 1, 5));
        DepositService deposits(db());
        QCOMPARE(deposits.record(entry(vendor, DepositEntryKind::Payment, 20000, chinaTime(2026, 1, 6))).kind,
                 WriteOutcome::Kind::Done);
        ViolationService violations(db());
        // Occurred in December, processed on 31 December 23:00 and on 1 January 00:00 China time.
        QCOMPARE(violations.record(violation(vendor, chinaTime(2026, 12, 31, 23))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(violations.record(violation(vendor, chinaTime(2027, 1, 1, 0))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT counted_year || ':' || points FROM violations WHERE vendor_id = '%1' "
                            "ORDER BY processed_at")
                            .arg(vendor.toString())),
                 QStringLiteral("2026:12"));
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT SUM(points) FROM violations WHERE vendor_id = '%1' AND counted_year = 2027")
                       .arg(vendor.toString())),
            QStringLiteral("12"));

        Query(db(),
              QStringLiteral(
                  "INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, status, "
                  "created_at, updated_at) VALUES ('%1', '%2', '%3', '镜像', 'image', 100, 'listed', 0, 0)")
                  .arg(newId(), vendor.toString(), softwareMarket))
            .exec();
        VendorService vendors(db());
        MoveVendor stale {header(chinaTime(2027, 1, 2)), vendor, 7, VendorAction::Expel,
                          LeaveReason::Points,           {}};
        QCOMPARE(vendors.move(stale).kind, WriteOutcome::Kind::Conflict);
        MoveVendor expel {header(chinaTime(2027, 1, 2)), vendor, 1, VendorAction::Expel,
                          LeaveReason::Points,           {}};
        QCOMPARE(vendors.move(expel).kind, WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("expelled"));
        QCOMPARE(DepositRepository(db()).ledger(vendor).balance(), Money());
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT status FROM products WHERE vendor_id = '%1'").arg(vendor.toString())),
            QStringLiteral("delisted"));
        QCOMPARE(violations.record(violation(vendor, chinaTime(2027, 1, 3))).kind,
                 WriteOutcome::Kind::Failed);
        QCOMPARE(vendors
                     .move(MoveVendor {header(chinaTime(2027, 1, 4)),
                                       vendor,
                                       2,
                                       VendorAction::Exit,
                                       LeaveReason::OwnRequest,
                                       {}})
                     .kind,
                 WriteOutcome::Kind::Failed);
    }

private:
    Database& db() { return m_fresh->database(); }

    QString scalar(const QString& sql)
    {
        Query query(db(), sql);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    }

    QString vendorStatus(const VendorId& vendor)
    {
        return scalar(QStringLiteral("SELECT status FROM vendors WHERE id = '%1'").arg(vendor.toString()));
    }

    /// A vendor admitted through the whole application flow at `at`.
    VendorId approvedVendor(const QString& name, const QString& code, const QDateTime& at)
    {
        ApplicationService service(db());
        const SaveApplication submit = application(name, code, at);
        if (service.save(submit).kind != WriteOutcome::Kind::Done)
            return {};
        service.decide({header(at), submit.applicationId, 1, ApplicationAction::StartReview, {}, {}});
        const VendorId vendor(QUuid::createUuid());
        const WriteOutcome outcome
            = service.decide({header(at), submit.applicationId, 2, ApplicationAction::Approve,
                              QStringLiteral("测试"), vendor});
        return outcome.kind == WriteOutcome::Kind::Done ? vendor : VendorId();
    }

    RecordDepositEntry entry(const VendorId& vendor, DepositEntryKind kind, qint64 yuan, const QDateTime& at)
    {
        RecordDepositEntry command;
        command.header = header(at);
        command.entryId = newId();
        command.vendorId = vendor;
        command.kind = kind;
        command.amount = Money::fromYuan(yuan);
        command.reason = QStringLiteral("测试");
        if (kind == DepositEntryKind::Payment)
            command.receiptNo = QStringLiteral("BZJ-0001");
        else if (kind == DepositEntryKind::TopUp)
            command.receiptNo = QStringLiteral("BZJ-") + QString::number(at.toSecsSinceEpoch() % 100000)
                + QString::number(m_receipts++);
        return command;
    }

    RecordViolation violation(const VendorId& vendor, const QDateTime& processedAt)
    {
        RecordViolation command;
        command.header = header(processedAt);
        command.violationId = newId();
        command.vendorId = vendor;
        command.violationTypeId = offPlatformTrade;
        command.occurredOn = QDate(2026, 12, 20);
        command.description = QStringLiteral("引导买家线下交易");
        command.evidence = {{QStringLiteral("chat.png"), "png"}};
        return command;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    int m_receipts = 0;
};

QTEST_GUILESS_MAIN(TestOnboardingService)
#include "tst_onboardingservice.moc"
