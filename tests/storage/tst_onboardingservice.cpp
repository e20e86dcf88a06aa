#include "applicationrepository.h"
#include "applicationservice.h"
#include "catalogueservice.h"
#include "depositrepository.h"
#include "depositservice.h"
#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "onboardingfixture.h"
#include "query.h"
#include "vendorservice.h"
#include "violationservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

using F = OnboardingFixture;

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
            = F::application(QStringLiteral("杭州云栈科技有限公司"),
                             F::creditCode(QStringLiteral("91330106MA2KY0001")), F::chinaTime(2026, 11, 2));
        draft.submit = false;
        draft.files.clear();
        draft.phone.clear();
        QCOMPARE(service.save(draft).kind, WriteOutcome::Kind::Done);
        ApplicationRepository repository(db());
        QCOMPARE(repository.detail(draft.applicationId)->status, ApplicationStatus::Draft);

        // Submitting the resumed draft checks every field, including the files already kept.
        SaveApplication submit
            = F::application(draft.companyName, draft.creditCode, F::chinaTime(2026, 11, 3));
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

        DecideApplication start {F::header(F::chinaTime(2026, 11, 4)),
                                 draft.applicationId,
                                 detail->version,
                                 ApplicationAction::StartReview,
                                 {},
                                 {}};
        QCOMPARE(service.decide(start).kind, WriteOutcome::Kind::Done);
        detail = repository.detail(draft.applicationId);
        for (const auto& check : detail->checks.mid(1))
            QCOMPARE(service
                         .checkItem({F::header(F::chinaTime(2026, 11, 4)), draft.applicationId,
                                     check.condition.id, true, QStringLiteral("已核验")})
                         .kind,
                     WriteOutcome::Kind::Done);
        detail = repository.detail(draft.applicationId);
        QCOMPARE(detail->untickedCount(), 1);

        const VendorId vendor(QUuid::createUuid());
        DecideApplication approve {F::header(F::chinaTime(2026, 11, 5)),
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
        QCOMPARE(ledger.due(F::chinaTime(2026, 11, 5)), Money::fromYuan(20000));
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
            = F::application(QStringLiteral("甲公司"), F::creditCode(QStringLiteral("91330106MA2KY0002")),
                             F::chinaTime(2026, 11, 2));
        QCOMPARE(service.save(submit).kind, WriteOutcome::Kind::Done);
        DecideApplication reject {
            F::header(F::chinaTime(2026, 11, 3)), submit.applicationId, 1, ApplicationAction::Reject, {}, {}};
        QCOMPARE(service.decide(reject).kind, WriteOutcome::Kind::Invalid);
        reject.reason = QStringLiteral("营业执照模糊");
        QCOMPARE(service.decide(reject).kind, WriteOutcome::Kind::Done);
        QCOMPARE(ApplicationRepository(db()).detail(submit.applicationId)->rejectReason, reject.reason);

        SaveApplication again = submit;
        again.header = F::header(F::chinaTime(2026, 11, 4));
        again.baseVersion = 2;
        again.files = {{ApplicationFileKind::BusinessLicence, QStringLiteral("licence-clear.pdf"), "%PDF"}};
        QCOMPARE(service.save(again).kind, WriteOutcome::Kind::Done);
        QCOMPARE(ApplicationRepository(db()).detail(submit.applicationId)->status,
                 ApplicationStatus::Submitted);

        again.header = F::header(F::chinaTime(2026, 11, 4));
        again.baseVersion = 2;
        QCOMPARE(service.save(again).kind, WriteOutcome::Kind::Conflict);
    }

    void reentry_isRefusedWithinAYearOfAnOwnExit_andForeverAfterExpulsion()
    {
        const QString code = F::creditCode(QStringLiteral("91330106MA2KY0003"));
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("乙公司"), code, F::chinaTime(2024, 1, 10));
        VendorService vendors(db());
        MoveVendor exit {F::header(F::chinaTime(2025, 11, 23, 15)),
                         vendor,
                         1,
                         VendorAction::Exit,
                         LeaveReason::OwnRequest,
                         {}};
        QCOMPARE(vendors.move(exit).kind, WriteOutcome::Kind::Done);

        ApplicationService service(db());
        SaveApplication dayBefore
            = F::application(QStringLiteral("乙公司（新）"), code, F::chinaTime(2026, 11, 22, 23));
        WriteOutcome outcome = service.save(dayBefore);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY2(outcome.fieldErrors.first().message.contains(QStringLiteral("2026-11-23")),
                 qPrintable(outcome.fieldErrors.first().message));
        // Matched by name as well as by credit code.
        SaveApplication byName
            = F::application(QStringLiteral("乙公司"), QString(), F::chinaTime(2026, 11, 22));
        byName.entityType = EntityType::Individual;
        byName.files = {{ApplicationFileKind::IdCard, QStringLiteral("id.png"), "png"}};
        QCOMPARE(service.save(byName).kind, WriteOutcome::Kind::Invalid);
        SaveApplication dayOf
            = F::application(QStringLiteral("乙公司（新）"), code, F::chinaTime(2026, 11, 23, 0));
        QCOMPARE(service.save(dayOf).kind, WriteOutcome::Kind::Done);

        const QString expelledCode = F::creditCode(QStringLiteral("91330106MA2KY0004"));
        const VendorId expelled
            = F::approvedVendor(db(), QStringLiteral("丙公司"), expelledCode, F::chinaTime(2020, 1, 10));
        MoveVendor expel {F::header(F::chinaTime(2020, 6, 1)),
                          expelled,
                          1,
                          VendorAction::Expel,
                          LeaveReason::Blacklisted,
                          {}};
        QCOMPARE(vendors.move(expel).kind, WriteOutcome::Kind::Done);
        outcome
            = service.save(F::application(QStringLiteral("丙公司"), expelledCode, F::chinaTime(2030, 1, 1)));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QVERIFY(outcome.fieldErrors.first().message.contains(QStringLiteral("丙公司")));
    }

    void reentry_waitsTheConfiguredMonths()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("vendor.reentry_wait_months"), 6));
        const QString code = F::creditCode(QStringLiteral("91330106MA2KY0009"));
        const VendorId vendor
            = F::approvedVendor(db(), QStringLiteral("辛公司"), code, F::chinaTime(2024, 1, 10));
        MoveVendor exit {F::header(F::chinaTime(2026, 1, 23, 15)),
                         vendor,
                         1,
                         VendorAction::Exit,
                         LeaveReason::OwnRequest,
                         {}};
        QCOMPARE(VendorService(db()).move(exit).kind, WriteOutcome::Kind::Done);
        ApplicationService service(db());
        const WriteOutcome early
            = service.save(F::application(QStringLiteral("辛公司"), code, F::chinaTime(2026, 7, 22, 23)));
        QCOMPARE(early.kind, WriteOutcome::Kind::Invalid);
        QVERIFY2(early.fieldErrors.first().message.contains(QStringLiteral("2026-07-23")),
                 qPrintable(early.fieldErrors.first().message));
        QCOMPARE(service.save(F::application(QStringLiteral("辛公司"), code, F::chinaTime(2026, 7, 23))).kind,
                 WriteOutcome::Kind::Done);
    }

    void violations_countInTheProcessingYear_expelDelistsAndDeducts()
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
        ViolationService violations(db());
        // Occurred in December, processed on 31 December 23:00 and on 1 January 00:00 China time.
        QCOMPARE(violations.record(F::violation(vendor, F::chinaTime(2026, 12, 31, 23))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(violations.record(F::violation(vendor, F::chinaTime(2027, 1, 1, 0))).kind,
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
                  .arg(F::newId(), vendor.toString(), F::softwareMarket))
            .exec();
        VendorService vendors(db());
        MoveVendor stale {
            F::header(F::chinaTime(2027, 1, 2)), vendor, 7, VendorAction::Expel, LeaveReason::Points, {}};
        QCOMPARE(vendors.move(stale).kind, WriteOutcome::Kind::Conflict);
        MoveVendor expel {
            F::header(F::chinaTime(2027, 1, 2)), vendor, 1, VendorAction::Expel, LeaveReason::Points, {}};
        QCOMPARE(vendors.move(expel).kind, WriteOutcome::Kind::Done);
        QCOMPARE(vendorStatus(vendor), QStringLiteral("expelled"));
        QCOMPARE(DepositRepository(db()).ledger(vendor).balance(), Money());
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT status FROM products WHERE vendor_id = '%1'").arg(vendor.toString())),
            QStringLiteral("delisted"));
        QCOMPARE(violations.record(F::violation(vendor, F::chinaTime(2027, 1, 3))).kind,
                 WriteOutcome::Kind::Failed);
        QCOMPARE(vendors
                     .move(MoveVendor {F::header(F::chinaTime(2027, 1, 4)),
                                       vendor,
                                       2,
                                       VendorAction::Exit,
                                       LeaveReason::OwnRequest,
                                       {}})
                     .kind,
                 WriteOutcome::Kind::Failed);
    }

    void catalogues_areEditedByTheAdministrator_andFeedTheRules()
    {
        CatalogueService catalogues(db());
        SaveCatalogueEntry market;
        market.header = F::header(F::chinaTime(2026, 11, 1));
        market.kind = CatalogueKind::Market;
        market.entryId = F::softwareMarket;
        market.baseVersion = 1;
        market.key = QStringLiteral("software");
        market.text = QStringLiteral("软件市场");
        market.deposit = Money::fromYuan(25000);
        market.position = 1;
        QCOMPARE(catalogues.save(market).kind, WriteOutcome::Kind::Done);
        market.header = F::header(F::chinaTime(2026, 11, 1));
        QCOMPARE(catalogues.save(market).kind, WriteOutcome::Kind::Conflict); // still at version 1

        SaveCatalogueEntry duplicate = market;
        duplicate.header = F::header(F::chinaTime(2026, 11, 1));
        duplicate.entryId = F::newId();
        duplicate.baseVersion = 0;
        const WriteOutcome taken = catalogues.save(duplicate);
        QCOMPARE(taken.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(taken.fieldErrors.first().field, QStringLiteral("key"));

        SaveCatalogueEntry condition;
        condition.header = F::header(F::chinaTime(2026, 11, 1));
        condition.kind = CatalogueKind::Condition;
        condition.entryId = QStringLiteral("6f1c2a40-0003-4000-8000-000000000001");
        condition.baseVersion = 1;
        condition.text = QStringLiteral("实名认证的账号");
        condition.position = 1;
        condition.active = false;
        QCOMPARE(catalogues.save(condition).kind, WriteOutcome::Kind::Done);

        SaveCatalogueEntry type;
        type.header = F::header(F::chinaTime(2026, 11, 1));
        type.kind = CatalogueKind::ViolationType;
        type.entryId = F::newId();
        type.key = QStringLiteral("fake_reviews");
        type.text = QStringLiteral("刷单炒信");
        type.points = 101;
        QCOMPARE(catalogues.save(type).kind, WriteOutcome::Kind::Invalid);
        type.points = 24;
        QCOMPARE(catalogues.save(type).kind, WriteOutcome::Kind::Done);

        // The new deposit is due, the retired condition is no longer asked, the new type is offered.
        const VendorId vendor = F::approvedVendor(db(), QStringLiteral("辛公司"),
                                                  F::creditCode(QStringLiteral("91330106MA2KY0009")),
                                                  F::chinaTime(2026, 11, 2));
        QCOMPARE(DepositRepository(db()).ledger(vendor).due(F::chinaTime(2026, 11, 2)),
                 Money::fromYuan(25000));
        QCOMPARE(CatalogueRepository(db()).conditionsFor({F::softwareMarket}).size(), 9);
        QCOMPARE(CatalogueRepository(db()).allConditions().size(), 20);
        const auto types = CatalogueRepository(db()).violationTypes();
        QVERIFY(std::any_of(types.begin(), types.end(), [](const auto& type) {
            return type.key == QStringLiteral("fake_reviews") && type.points == 24;
        }));
    }

    void courierList_isACatalogue_withUniqueNames()
    {
        CatalogueService catalogues(db());
        SaveCatalogueEntry courier;
        courier.header = F::header(F::chinaTime(2026, 11, 1));
        courier.kind = CatalogueKind::Courier;
        courier.entryId = F::newId();
        courier.text = QStringLiteral(" 德邦快递 ");
        courier.position = 0;
        QCOMPARE(catalogues.save(courier).kind, WriteOutcome::Kind::Done);
        QCOMPARE(InvoiceRequestRepository(db()).couriers().first(), QStringLiteral("德邦快递"));

        SaveCatalogueEntry twice = courier;
        twice.header = F::header(F::chinaTime(2026, 11, 1));
        twice.entryId = F::newId();
        twice.text = QStringLiteral("顺丰速运");
        const WriteOutcome taken = catalogues.save(twice);
        QCOMPARE(taken.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(taken.fieldErrors.first().field, QStringLiteral("text"));
        twice.text = QString(51, QLatin1Char('x'));
        QCOMPARE(catalogues.save(twice).fieldErrors.first().field, QStringLiteral("text"));

        const auto listed = CatalogueRepository(db()).allCouriers();
        const auto sf = std::find_if(listed.begin(), listed.end(), [](const auto& entry) {
            return entry.name == QStringLiteral("顺丰速运");
        });
        QVERIFY(sf != listed.end());
        SaveCatalogueEntry retire;
        retire.header = F::header(F::chinaTime(2026, 11, 2));
        retire.kind = CatalogueKind::Courier;
        retire.entryId = sf->id;
        retire.baseVersion = sf->version;
        retire.text = sf->name;
        retire.position = sf->position;
        retire.active = false;
        QCOMPARE(catalogues.save(retire).kind, WriteOutcome::Kind::Done);
        retire.header = F::header(F::chinaTime(2026, 11, 2));
        QCOMPARE(catalogues.save(retire).kind, WriteOutcome::Kind::Conflict);
        QVERIFY(!InvoiceRequestRepository(db()).couriers().contains(QStringLiteral("顺丰速运")));
        QCOMPARE(CatalogueRepository(db()).allCouriers().size(), listed.size());
    }

private:
    Database& db() { return m_fresh->database(); }

    QString scalar(const QString& sql)
    {
        Query query(db(), sql);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    }

    QString vendorStatus(const VendorId& vendor) { return F::vendorStatus(db(), vendor); }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestOnboardingService)
#include "tst_onboardingservice.moc"
