#include "applicationworkflow.h"
#include "chinaregions.h"
#include "decideapplication.h"
#include "depositledger.h"
#include "depositreceipt.h"
#include "fieldvalidators.h"
#include "movevendor.h"
#include "recorddepositentry.h"
#include "recordviolation.h"
#include "reentryrule.h"
#include "saveapplication.h"
#include "vendorlifecycle.h"
#include "violationpoints.h"

#include <QTest>
#include <QTimeZone>

namespace {

const QTimeZone china(8 * 3600);

QDateTime chinaTime(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), china).toUTC();
}

DepositLedger::Entry entry(DepositEntryKind kind, qint64 yuan, const QDateTime& at)
{
    return {kind, Money::fromYuan(yuan), at};
}

/// National Day 2026: 1 to 7 October off, Saturday 10 October a make-up working day.
WorkingCalendar nationalDayCalendar()
{
    HolidaySchedule days;
    for (int day = 1; day <= 7; ++day)
        days.append({QDate(2026, 10, day), QStringLiteral("国庆节"), true});
    days.append({QDate(2026, 10, 10), QStringLiteral("国庆节调休"), false});
    return WorkingCalendar(days, {2026});
}

SaveApplication completeApplication()
{
    SaveApplication command;
    command.header.at = chinaTime(2026, 11, 23);
    command.submit = true;
    command.companyName = QStringLiteral("杭州云栈科技有限公司");
    command.contactPerson = QStringLiteral("王磊");
    command.phone = QStringLiteral("13812345678");
    command.email = QStringLiteral("wang@yunzhan.cn");
    command.creditCode = QStringLiteral("91330106MA2KXXXX0");
    command.creditCode += FieldValidators::creditCodeCheckCharacter(command.creditCode);
    command.province = QStringLiteral("浙江省");
    command.city = QStringLiteral("杭州市");
    command.mainBusiness = QStringLiteral("企业建站与运维");
    command.acceptsEntryAgreement = command.acceptsManagementRules = command.acceptsPlatformAgreement = true;
    command.marketIds = {QStringLiteral("m1")};
    command.serviceStaffCount = 20;
    command.serviceHours = QStringLiteral("5×8");
    command.warrantyPeriod = QStringLiteral("12 个月");
    command.files = {{ApplicationFileKind::BusinessLicence, QStringLiteral("licence.pdf"), "%PDF"},
                     {ApplicationFileKind::LegalRepresentativeId, QStringLiteral("id.jpg"), "jpg"}};
    return command;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}

} // namespace

class TestOnboardingRules : public QObject
{
    Q_OBJECT

private slots:
    void depositDue_isTheHighestMarketNotTheSum()
    {
        const QDateTime now = chinaTime(2026, 11, 23);
        // The console's facts: software + service → ¥20,000; five markets → ¥30,000.
        QCOMPARE(DepositLedger::due({Money::fromYuan(20000), Money::fromYuan(20000)}, {}, now),
                 Money::fromYuan(20000));
        QCOMPARE(DepositLedger::due({Money::fromYuan(20000), Money::fromYuan(20000), Money::fromYuan(10000),
                                     Money::fromYuan(30000), Money::fromYuan(30000)},
                                    {}, now),
                 Money::fromYuan(30000));
        QCOMPARE(DepositLedger::due({}, {}, now), Money());
    }

    void depositDue_addsOnlySurchargesValidNow()
    {
        const QDateTime now = chinaTime(2026, 11, 23);
        const DepositLedger::Surcharge current {Money::fromYuan(10000), now.addMonths(-1), now.addMonths(11)};
        const DepositLedger::Surcharge expired {Money::fromYuan(10000), now.addYears(-2), now.addYears(-1)};
        const DepositLedger::Surcharge endsNow {Money::fromYuan(10000), now.addYears(-1), now};
        QCOMPARE(DepositLedger::due({Money::fromYuan(20000)}, {current, expired, endsNow}, now),
                 Money::fromYuan(30000));
    }

    void balance_andShortfall_comeFromTheLedger()
    {
        const QDateTime at = chinaTime(2026, 3, 1);
        const QList<DepositLedger::Entry> entries {entry(DepositEntryKind::Payment, 20000, at),
                                                   entry(DepositEntryKind::Deduction, 3000, at.addDays(1)),
                                                   entry(DepositEntryKind::TopUp, 1000, at.addDays(2))};
        QCOMPARE(DepositLedger::balance(entries), Money::fromYuan(18000));
        QCOMPARE(DepositLedger::shortfall(Money::fromYuan(20000), Money::fromYuan(18000)),
                 Money::fromYuan(2000));
        QCOMPARE(DepositLedger::shortfall(Money::fromYuan(20000), Money::fromYuan(25000)), Money());
        QCOMPARE(
            DepositLedger::balance(entries + QList {entry(DepositEntryKind::Refund, 18000, at.addDays(3))}),
            Money());
    }

    void topUpDeadline_countsThreeWorkingDaysAcrossHolidays()
    {
        const WorkingCalendar calendar = nationalDayCalendar();
        // Wednesday 30 September: 1–7 October are off, 8 and 9 count, Saturday 10 is a make-up day.
        QCOMPARE(DepositLedger::topUpDeadline(chinaTime(2026, 9, 30, 16), 3, calendar),
                 chinaTime(2026, 10, 11, 0));
        // An ordinary Monday: Tuesday, Wednesday, Thursday; late on Thursday is still in time.
        QCOMPARE(DepositLedger::topUpDeadline(chinaTime(2026, 11, 23, 9), 3, calendar),
                 chinaTime(2026, 11, 27, 0));
        // Friday evening in China is still Friday there even though it is Friday noon in UTC.
        QCOMPARE(DepositLedger::topUpDeadline(chinaTime(2026, 11, 27, 23, 30), 3, calendar),
                 chinaTime(2026, 12, 3, 0));
        // An administrator who allows one working day: Monday's deduction is due by Tuesday's end.
        QCOMPARE(DepositLedger::topUpDeadline(chinaTime(2026, 11, 23, 9), 1, calendar),
                 chinaTime(2026, 11, 25, 0));
    }

    void pendingShortfall_onlyAfterADeductionLeftTheBalanceShort()
    {
        const WorkingCalendar calendar = nationalDayCalendar();
        const Money due = Money::fromYuan(20000);
        const QDateTime paid = chinaTime(2026, 1, 5);
        const QDateTime deducted = chinaTime(2026, 11, 23);
        const auto topUpDeadline = [&](const QList<DepositLedger::Entry>& entries, int workingDays) {
            const auto schedule = DepositLedger::pendingShortfall(entries, due, workingDays, 1, calendar);
            return schedule ? std::optional(schedule->topUpDeadline) : std::nullopt;
        };
        QList<DepositLedger::Entry> entries {entry(DepositEntryKind::Payment, 10000, paid)};
        QVERIFY(!topUpDeadline(entries, 3)); // never paid in full
        entries = {entry(DepositEntryKind::Payment, 20000, paid),
                   entry(DepositEntryKind::Deduction, 2000, deducted)};
        QCOMPARE(topUpDeadline(entries, 3), chinaTime(2026, 11, 27, 0));
        entries.append(entry(DepositEntryKind::Deduction, 1000, deducted.addDays(1)));
        QCOMPARE(topUpDeadline(entries, 3), chinaTime(2026, 11, 27, 0));
        entries.append(entry(DepositEntryKind::TopUp, 3000, deducted.addDays(2)));
        QVERIFY(!topUpDeadline(entries, 3));
        entries.removeLast();
        QCOMPARE(topUpDeadline(entries, 5), chinaTime(2026, 12, 1, 0));
        // What a settlement gives counts like a top-up.
        entries.append(entry(DepositEntryKind::Settlement, 3000, chinaTime(2026, 12, 1, 10)));
        QVERIFY(!topUpDeadline(entries, 3));
    }

    void nextSettlementDay_isThatDayOfThisMonthOrTheNext()
    {
        QCOMPARE(DepositLedger::nextSettlementDay(QDate(2026, 11, 27), 1), QDate(2026, 12, 1));
        QCOMPARE(DepositLedger::nextSettlementDay(QDate(2026, 12, 1), 1), QDate(2026, 12, 1));
        QCOMPARE(DepositLedger::nextSettlementDay(QDate(2026, 11, 27), 28), QDate(2026, 11, 28));
        QCOMPARE(DepositLedger::nextSettlementDay(QDate(2026, 12, 29), 15), QDate(2027, 1, 15));
        QCOMPARE(DepositLedger::nextSettlementDay(QDate(2027, 1, 31), 28), QDate(2027, 2, 28));
    }

    void pendingShortfall_suspendsAfterTheSettlementThatFollowsTheDeadline()
    {
        const WorkingCalendar calendar = nationalDayCalendar();
        const Money due = Money::fromYuan(20000);
        QList<DepositLedger::Entry> entries {
            entry(DepositEntryKind::Payment, 20000, chinaTime(2026, 1, 5)),
            entry(DepositEntryKind::Deduction, 2000, chinaTime(2026, 11, 23))};
        // Top up by Thursday's end; the settlement of 1 December; suspended at its end.
        auto schedule = DepositLedger::pendingShortfall(entries, due, 3, 1, calendar);
        QVERIFY(schedule);
        QCOMPARE(schedule->topUpDeadline, chinaTime(2026, 11, 27, 0));
        QCOMPARE(schedule->settlementDay, QDate(2026, 12, 1));
        QCOMPARE(schedule->suspendAt, chinaTime(2026, 12, 2, 0));
        // Settlements on the 27th: the deadline is the end of the 26th, so the 27th's settlement.
        schedule = DepositLedger::pendingShortfall(entries, due, 3, 27, calendar);
        QCOMPARE(schedule->settlementDay, QDate(2026, 11, 27));
        QCOMPARE(schedule->suspendAt, chinaTime(2026, 11, 28, 0));
        // Settlements on the 26th: that one is before the deadline, so the next month's.
        schedule = DepositLedger::pendingShortfall(entries, due, 3, 26, calendar);
        QCOMPARE(schedule->settlementDay, QDate(2026, 12, 26));

        // A part taken from the settlement before the deadline does not end the wait for a top-up.
        entries.append(entry(DepositEntryKind::Settlement, 500, chinaTime(2026, 11, 24)));
        schedule = DepositLedger::pendingShortfall(entries, due, 3, 1, calendar);
        QCOMPARE(schedule->suspendAt, chinaTime(2026, 12, 2, 0));
        // The settlement after the deadline that leaves it short is all there is: suspended then.
        entries.append(entry(DepositEntryKind::Settlement, 500, chinaTime(2026, 12, 1, 10)));
        schedule = DepositLedger::pendingShortfall(entries, due, 3, 1, calendar);
        QCOMPARE(schedule->settlementDay, QDate(2026, 12, 1));
        QCOMPARE(schedule->suspendAt, chinaTime(2026, 12, 1, 10));
    }

    void surcharge_needsMoreThanTwoDeductionsWithinTwelveMonths()
    {
        const QDateTime now = chinaTime(2026, 11, 23);
        const QList<DepositLedger::Entry> two {entry(DepositEntryKind::Deduction, 100, now.addMonths(-3)),
                                               entry(DepositEntryKind::Deduction, 100, now)};
        QVERIFY(!DepositLedger::proposesSurcharge(two, now, 2));
        QVERIFY(DepositLedger::proposesSurcharge(
            two + QList {entry(DepositEntryKind::Deduction, 100, now.addYears(-1).addSecs(1))}, now, 2));
        // Exactly twelve months ago falls out of the window; payments never count.
        QVERIFY(!DepositLedger::proposesSurcharge(
            two + QList {entry(DepositEntryKind::Deduction, 100, now.addYears(-1))}, now, 2));
        QVERIFY(!DepositLedger::proposesSurcharge(two + QList {entry(DepositEntryKind::Payment, 100, now)},
                                                  now, 2));
        // An administrator who allows three: the third deduction proposes nothing yet.
        QVERIFY(!DepositLedger::proposesSurcharge(
            two + QList {entry(DepositEntryKind::Deduction, 100, now.addDays(-1))}, now, 3));
    }

    void points_countInTheYearOfProcessing()
    {
        // 31 December 23:59 in China is still the old year; one minute later the new one.
        QCOMPARE(ViolationPoints::countedYear(chinaTime(2026, 12, 31, 23, 59)), 2026);
        QCOMPARE(ViolationPoints::countedYear(chinaTime(2027, 1, 1, 0, 0)), 2027);
        // 1 January 07:00 in China is still 31 December in UTC: China's date decides.
        QCOMPARE(ViolationPoints::countedYear(chinaTime(2027, 1, 1, 7, 0)), 2027);
        const QList<ViolationPoints::Record> records {{12, 2026}, {10, 2026}, {6, 2027}};
        QCOMPARE(ViolationPoints::yearTotal(records, 2026), 22);
        QCOMPARE(ViolationPoints::yearTotal(records, 2027), 6);
        QVERIFY(!ViolationPoints::proposesExpulsion(23, 24));
        QVERIFY(ViolationPoints::proposesExpulsion(24, 24));
        QVERIFY(ViolationPoints::proposesExpulsion(20, 20));
    }

    void reentry_ownExitWaitsOneYear_expelledNever()
    {
        const QDateTime left = chinaTime(2025, 11, 23, 15);
        const ReentryRule::PastVendor exited {QStringLiteral("甲公司"), VendorStatus::Exited,
                                              LeaveReason::OwnRequest, left};
        const auto dayBefore = ReentryRule::check({exited}, chinaTime(2026, 11, 22, 23, 59), 12);
        QCOMPARE(dayBefore.kind, ReentryRule::Verdict::Kind::RefusedUntil);
        QCOMPARE(dayBefore.mayApplyFrom, QDate(2026, 11, 23));
        QVERIFY(dayBefore.message().contains(QStringLiteral("2026-11-23")));
        QVERIFY(ReentryRule::check({exited}, chinaTime(2026, 11, 23, 0, 0), 12).allowed());
        QVERIFY(ReentryRule::check({exited}, chinaTime(2026, 11, 24), 12).allowed());
        // A wait of six months set by the administrator.
        QCOMPARE(ReentryRule::check({exited}, chinaTime(2026, 5, 22), 6).mayApplyFrom, QDate(2026, 5, 23));
        QVERIFY(ReentryRule::check({exited}, chinaTime(2026, 5, 23), 6).allowed());

        const ReentryRule::PastVendor ended {QStringLiteral("乙公司"), VendorStatus::Exited,
                                             LeaveReason::EndOfAgreement, left};
        QVERIFY(ReentryRule::check({ended}, chinaTime(2025, 12, 1), 12).allowed());

        const ReentryRule::PastVendor expelled {QStringLiteral("丙公司"), VendorStatus::Expelled,
                                                LeaveReason::Points, chinaTime(2010, 1, 1)};
        QCOMPARE(ReentryRule::check({exited, expelled}, chinaTime(2040, 1, 1), 12).kind,
                 ReentryRule::Verdict::Kind::RefusedForever);
        const ReentryRule::PastVendor active {
            QStringLiteral("丁公司"), VendorStatus::Suspended, std::nullopt, {}};
        QCOMPARE(ReentryRule::check({active}, chinaTime(2026, 1, 1), 12).kind,
                 ReentryRule::Verdict::Kind::AlreadyVendor);
    }

    void applicationStates_followTheTable()
    {
        using A = ApplicationAction;
        using S = ApplicationStatus;
        QCOMPARE(ApplicationWorkflow::target(A::Submit, S::Draft), S::Submitted);
        QCOMPARE(ApplicationWorkflow::target(A::Submit, S::Rejected), S::Submitted);
        QCOMPARE(ApplicationWorkflow::target(A::StartReview, S::Submitted), S::UnderReview);
        QCOMPARE(ApplicationWorkflow::target(A::Approve, S::UnderReview), S::Approved);
        QCOMPARE(ApplicationWorkflow::target(A::Reject, S::UnderReview), S::Rejected);
        QVERIFY(!ApplicationWorkflow::target(A::Approve, S::Submitted));
        QVERIFY(!ApplicationWorkflow::target(A::Submit, S::Approved));
        QVERIFY(!ApplicationWorkflow::target(A::Reject, S::Approved));
        QVERIFY(ApplicationWorkflow::isEditable(S::Draft));
        QVERIFY(ApplicationWorkflow::isEditable(S::Rejected));
        QVERIFY(!ApplicationWorkflow::isEditable(S::UnderReview));
    }

    void vendorStates_followTheTable()
    {
        QCOMPARE(VendorLifecycle::target(VendorAction::Suspend, VendorStatus::Active),
                 VendorStatus::Suspended);
        QCOMPARE(VendorLifecycle::target(VendorAction::Lift, VendorStatus::Suspended), VendorStatus::Active);
        QCOMPARE(VendorLifecycle::target(VendorAction::Expel, VendorStatus::Suspended),
                 VendorStatus::Expelled);
        QVERIFY(!VendorLifecycle::target(VendorAction::Lift, VendorStatus::Active));
        QVERIFY(!VendorLifecycle::target(VendorAction::Exit, VendorStatus::Expelled));
        QVERIFY(!VendorLifecycle::target(VendorAction::Suspend, VendorStatus::Exited));
        QVERIFY(VendorLifecycle::reasonsFor(VendorAction::Exit).contains(LeaveReason::OwnRequest));
        QVERIFY(!VendorLifecycle::reasonsFor(VendorAction::Exit).contains(LeaveReason::Points));
        MoveVendor move;
        move.action = VendorAction::Expel;
        move.reason = LeaveReason::OwnRequest;
        QCOMPARE(fieldsOf(move.validate()), QStringList {QStringLiteral("reason")});
        move.reason = LeaveReason::Points;
        QVERIFY(move.validate().isEmpty());
        move.action = VendorAction::Suspend;
        QCOMPARE(fieldsOf(move.validate()), QStringList {QStringLiteral("note")});
    }

    void regions_coverEveryProvinceWithLinkedCities()
    {
        const ChinaRegions& regions = ChinaRegions::builtIn();
        QCOMPARE(regions.provinces().size(), 34);
        QVERIFY(regions.contains(QStringLiteral("广东省"), QStringLiteral("深圳市")));
        QVERIFY(regions.contains(QStringLiteral("新疆维吾尔自治区"), QStringLiteral("伊犁哈萨克自治州")));
        QVERIFY(!regions.contains(QStringLiteral("浙江省"), QStringLiteral("深圳市")));
        QCOMPARE(regions.citiesOf(QStringLiteral("北京市")), QStringList {QStringLiteral("北京市")});
        int cities = 0;
        for (const auto& province : regions.provinces())
            cities += int(province.cities.size());
        QVERIFY(cities > 333);
        QVERIFY(
            ChinaRegions::fromJson("{\"provinces\":[{\"name\":\"x\",\"cities\":[]}]}").provinces().isEmpty());
    }

    void application_submissionNeedsEveryField_draftOnlyAName()
    {
        SaveApplication command = completeApplication();
        QVERIFY2(command.validate().isEmpty(),
                 qPrintable(fieldsOf(command.validate()).join(QLatin1Char(','))));

        SaveApplication draft;
        draft.companyName = QStringLiteral("草稿公司");
        QVERIFY(draft.validate().isEmpty());
        draft.phone = QStringLiteral("12345");
        QCOMPARE(fieldsOf(draft.validate()), QStringList {QStringLiteral("phone")});

        SaveApplication empty;
        empty.submit = true;
        const QStringList fields = fieldsOf(empty.validate());
        for (const char* field :
             {"company_name", "contact_person", "phone", "email", "credit_code", "city", "main_business",
              "markets", "service_staff_count", "service_hours", "warranty_period", "agreements", "files"})
            QVERIFY2(fields.contains(QString::fromLatin1(field)), field);

        command.acceptsManagementRules = false;
        command.city = QStringLiteral("深圳市");
        command.files.removeLast();
        QCOMPARE(
            fieldsOf(command.validate()),
            (QStringList {QStringLiteral("city"), QStringLiteral("agreements"), QStringLiteral("files")}));
        command.entityType = EntityType::Individual;
        command.files = {{ApplicationFileKind::IdCard, QStringLiteral("id.jpg"), "jpg"}};
        command.acceptsManagementRules = true;
        command.city = QStringLiteral("杭州市");
        command.creditCode.clear();
        QVERIFY(command.validate().isEmpty());
    }

    void decision_rejectNeedsReason_overrideNeedsReason()
    {
        DecideApplication decision;
        decision.action = ApplicationAction::Reject;
        QCOMPARE(fieldsOf(decision.validate(0)), QStringList {QStringLiteral("reason")});
        decision.reason = QStringLiteral("材料不全");
        QVERIFY(decision.validate(0).isEmpty());
        decision.action = ApplicationAction::Approve;
        decision.reason.clear();
        decision.vendorId = VendorId(QUuid::createUuid());
        QVERIFY(decision.validate(0).isEmpty());
        QCOMPARE(fieldsOf(decision.validate(2)), QStringList {QStringLiteral("reason")});
        decision.reason = QStringLiteral("保证金已线下确认");
        QVERIFY(decision.validate(2).isEmpty());
    }

    void depositEntry_guardsAmountReceiptAndReason()
    {
        RecordDepositEntry command;
        command.kind = DepositEntryKind::Payment;
        command.amount = Money::fromYuan(20000);
        QCOMPARE(fieldsOf(command.validate(Money())), QStringList {QStringLiteral("receipt_no")});
        command.receiptNo = QStringLiteral("BZJ-2026-0001");
        QVERIFY(command.validate(Money()).isEmpty());
        command.kind = DepositEntryKind::Deduction;
        QCOMPARE(fieldsOf(command.validate(Money::fromYuan(5000))),
                 (QStringList {QStringLiteral("amount"), QStringLiteral("reason")}));
        command.reason = QStringLiteral("违规扣除");
        QVERIFY(command.validate(Money::fromYuan(20000)).isEmpty());
        command.amount = Money();
        QCOMPARE(fieldsOf(command.validate(Money::fromYuan(20000))), QStringList {QStringLiteral("amount")});
        // An amount taken from a settlement names the settlement and has no receipt of its own.
        RecordDepositEntry settlement;
        settlement.kind = DepositEntryKind::Settlement;
        settlement.amount = Money::fromYuan(2000);
        QCOMPARE(fieldsOf(settlement.validate(Money())), QStringList {QStringLiteral("reason")});
        settlement.reason = QStringLiteral("2026年12月结算");
        QVERIFY(settlement.validate(Money()).isEmpty());
        QVERIFY(!RecordDepositEntry::hasReceipt(DepositEntryKind::Settlement));
        QVERIFY(DepositLedger::isCredit(DepositEntryKind::Settlement));
    }

    void receipt_statesTheAmountInFiguresAndCapitals()
    {
        DepositReceipt::Facts facts;
        facts.receiptNo = QStringLiteral("BZJ-2026-0001");
        facts.vendorName = QStringLiteral("杭州云栈科技有限公司");
        facts.marketNames = {QStringLiteral("软件市场"), QStringLiteral("服务市场")};
        facts.amount = Money::fromYuan(20000);
        facts.receivedAt = chinaTime(2026, 12, 31, 23);
        const QString html = DepositReceipt::html(facts);
        QVERIFY(html.contains(QStringLiteral("保证金收据")));
        QVERIFY(html.contains(QStringLiteral("贰万元整")));
        QVERIFY(html.contains(QStringLiteral("20,000.00")));
        QVERIFY(html.contains(QStringLiteral("2026年12月31日")));
        QVERIFY(html.contains(QStringLiteral("软件市场、服务市场")));
    }

    void violation_needsTypeDateAndDescription()
    {
        RecordViolation command;
        command.header.at = chinaTime(2026, 11, 23);
        QCOMPARE(fieldsOf(command.validate()),
                 (QStringList {QStringLiteral("type"), QStringLiteral("occurred_on"),
                               QStringLiteral("description")}));
        command.violationTypeId = QStringLiteral("t");
        command.occurredOn = QDate(2026, 12, 30);
        command.description = QStringLiteral("描述含“最优”");
        QCOMPARE(fieldsOf(command.validate()), QStringList {QStringLiteral("occurred_on")});
        command.occurredOn = QDate(2026, 11, 20);
        QVERIFY(command.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOnboardingRules)
#include "tst_onboardingrules.moc"
