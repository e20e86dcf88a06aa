#include "applicationservice.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "query.h"
#include "vendorlistmodel.h"
#include "vendorrepository.h"
#include "vendorservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using F = OnboardingFixture;

/// Material changes of SPEC 2.5 on both backends: recorded with their report deadline, a new
/// company name renaming the vendor (whose applications under the former name stay listed with it),
/// the awaited report marked received, and the Vendors list sorting and counting the overdue reports.
class TestMaterialChangeService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        ApplicationService applications(db());
        m_vendor
            = F::approvedVendor(applications, QStringLiteral("杭州云栈科技有限公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0001")), F::chinaTime(2026, 8, 1));
        QVERIFY(!m_vendor.isNull());
        m_other
            = F::approvedVendor(applications, QStringLiteral("深圳数启信息技术有限公司"),
                                F::creditCode(QStringLiteral("91440300MA5FY0002")), F::chinaTime(2026, 8, 1));
        QVERIFY(!m_other.isNull());
    }
    void cleanup() { m_fresh.reset(); }

    void renaming_renamesTheVendor_keepsTheOldName_andIsAudited()
    {
        VendorService service(db());
        QSignalSpy changed(&service, &VendorService::changed);
        RecordMaterialChange command
            = change(MaterialChangeKind::CompanyName, QDate(2026, 11, 1), QDate(2026, 11, 20));
        command.before = QStringLiteral("whatever the form showed");
        command.after = QStringLiteral("杭州云栈数智科技有限公司");
        QCOMPARE(service.recordChange(command).kind, WriteOutcome::Kind::Done);
        QCOMPARE(changed.count(), 1);
        VendorRepository repository(db());
        QCOMPARE(repository.detail(m_vendor)->name, QStringLiteral("杭州云栈数智科技有限公司"));
        const auto changes = repository.materialChanges(m_vendor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, QStringLiteral("company_name"));
        QCOMPARE(changes.at(0).before, QStringLiteral("杭州云栈科技有限公司"));
        QCOMPARE(changes.at(0).reportDueAtMs,
                 QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(changes.at(0).reportedAtMs,
                 QDateTime(QDate(2026, 11, 19), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
        QStringList actions;
        for (const VendorRepository::HistoryEntry& entry : repository.history(m_vendor))
            actions << entry.entity + QLatin1Char('.') + entry.action;
        QVERIFY2(actions.contains(QStringLiteral("vendor.rename")),
                 qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY(actions.contains(QStringLiteral("vendor_change.record")));

        // The same command again changes nothing; the name it already has is no change at all.
        QCOMPARE(service.recordChange(command).kind, WriteOutcome::Kind::AlreadyApplied);
        RecordMaterialChange again = change(MaterialChangeKind::CompanyName, QDate(2026, 11, 2), {});
        again.after = QStringLiteral("杭州云栈数智科技有限公司");
        const WriteOutcome same = service.recordChange(again);
        QCOMPARE(same.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(same.fieldErrors.value(0).field, QStringLiteral("after"));
        QCOMPARE(repository.materialChanges(m_vendor).size(), 1);
    }

    void renamedVendor_stillListsTheApplicationsOfItsFormerName()
    {
        // An individual has no credit code: the application it was turned down with is found by
        // its name, and after a rename by the name it had.
        ApplicationService applications(db());
        SaveApplication turnedDown
            = F::application(QStringLiteral("李娜"), QString(), F::chinaTime(2026, 6, 1));
        turnedDown.entityType = EntityType::Individual;
        turnedDown.files = {{ApplicationFileKind::IdCard, QStringLiteral("id.png"), "png"}};
        QCOMPARE(applications.save(turnedDown).kind, WriteOutcome::Kind::Done);
        const QDateTime decidedAt = F::chinaTime(2026, 6, 2);
        QCOMPARE(applications
                     .decide({F::header(decidedAt),
                              turnedDown.applicationId,
                              1,
                              ApplicationAction::StartReview,
                              {},
                              {}})
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(applications
                     .decide({F::header(decidedAt),
                              turnedDown.applicationId,
                              2,
                              ApplicationAction::Reject,
                              QStringLiteral("材料不全"),
                              {}})
                     .kind,
                 WriteOutcome::Kind::Done);
        SaveApplication admitted = turnedDown;
        admitted.header = F::header(F::chinaTime(2026, 7, 1));
        admitted.applicationId = F::newId();
        QCOMPARE(applications.save(admitted).kind, WriteOutcome::Kind::Done);
        const VendorId vendor(QUuid::createUuid());
        QCOMPARE(applications
                     .decide({F::header(decidedAt.addMonths(1)),
                              admitted.applicationId,
                              1,
                              ApplicationAction::StartReview,
                              {},
                              {}})
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(applications
                     .decide({F::header(decidedAt.addMonths(1)), admitted.applicationId, 2,
                              ApplicationAction::Approve, QStringLiteral("测试"), vendor})
                     .kind,
                 WriteOutcome::Kind::Done);
        VendorRepository repository(db());
        QCOMPARE(repository.applications(vendor).size(), 2);

        RecordMaterialChange rename = change(MaterialChangeKind::CompanyName, QDate(2026, 11, 1), {});
        rename.vendorId = vendor;
        rename.after = QStringLiteral("李娜设计工作室");
        QCOMPARE(VendorService(db()).recordChange(rename).kind, WriteOutcome::Kind::Done);
        const auto listed = repository.applications(vendor);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).second, QStringLiteral("rejected"));
        QCOMPARE(listed.at(1).second, QStringLiteral("approved"));
        QCOMPARE(repository.applications(m_vendor).size(), 1);
    }

    void awaitedReport_isOverdueInTheList_untilReceived()
    {
        VendorService service(db());
        RecordMaterialChange awaited
            = change(MaterialChangeKind::LegalRepresentative, QDate(2026, 10, 1), {});
        awaited.before = QStringLiteral("张伟");
        awaited.after = QStringLiteral("李娜");
        QCOMPARE(service.recordChange(awaited).kind, WriteOutcome::Kind::Done);
        RecordMaterialChange later = change(MaterialChangeKind::RegisteredCapital, QDate(2026, 11, 10), {});
        later.after = QStringLiteral("1000 万元");
        QCOMPARE(service.recordChange(later).kind, WriteOutcome::Kind::Done);
        QCOMPARE(VendorRepository(db()).detail(m_vendor)->name, QStringLiteral("杭州云栈科技有限公司"));

        // On 24 Nov the report of 1 Oct (due 31 Oct) is overdue; the list shows the earliest one.
        FixedClock clock(F::chinaTime(2026, 11, 24));
        VendorListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(VendorRepository::ChangeReportDue, Qt::AscendingOrder);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), m_vendor.toString());
        QCOMPARE(model.index(0, VendorRepository::ChangeReportDue).data(Qt::ForegroundRole).isValid(), true);
        QVERIFY(model.index(0, VendorRepository::ChangeReportDue)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));
        QVERIFY(model.index(1, VendorRepository::ChangeReportDue).data().toString().isEmpty());
        QCOMPARE(model.overdueCounts().value(QStringLiteral("active")), qint64(1));

        const auto changes = VendorRepository(db()).materialChanges(m_vendor);
        const VendorRepository::MaterialChange& first = changes.at(1); // latest effective first
        QCOMPARE(first.kind, QStringLiteral("legal_representative"));
        ReportMaterialChange report {F::header(F::chinaTime(2026, 11, 24)), first.id, first.version,
                                     QDate(2026, 11, 24)};
        const WriteOutcome stale = service.reportChange(
            {F::header(F::chinaTime(2026, 11, 24)), first.id, first.version + 1, QDate(2026, 11, 24)});
        QCOMPARE(stale.kind, WriteOutcome::Kind::Conflict);
        QCOMPARE(service.reportChange(report).kind, WriteOutcome::Kind::Done);
        const WriteOutcome twice = service.reportChange(
            {F::header(F::chinaTime(2026, 11, 24)), first.id, first.version + 1, QDate(2026, 11, 24)});
        QCOMPARE(twice.kind, WriteOutcome::Kind::Conflict);

        // The capital change (due 10 Dec) is now the vendor's earliest awaited report: none overdue.
        model.refreshRows({m_vendor.toString()}); // what the Vendors page does on the service's changed()
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.overdueCounts().value(QStringLiteral("active")), qint64(0));
        QCOMPARE(model.index(0, VendorRepository::ChangeReportDue)
                     .data(PagedTableModel::RawValueRole)
                     .toLongLong(),
                 QDateTime(QDate(2026, 12, 10), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void aVendorThatLeft_reportsNoMoreChanges_andTheVendorMustExist()
    {
        Query::execute(
            db(),
            QStringLiteral("UPDATE vendors SET status = 'exited' WHERE id = '%1'").arg(m_vendor.toString()));
        VendorService service(db());
        RecordMaterialChange command
            = change(MaterialChangeKind::BusinessScope, QDate(2026, 11, 1), QDate(2026, 11, 2));
        command.after = QStringLiteral("软件开发");
        QCOMPARE(service.recordChange(command).kind, WriteOutcome::Kind::Failed);
        command.header = F::header(F::chinaTime(2026, 11, 24));
        command.vendorId = VendorId::fromString(F::newId());
        QCOMPARE(service.recordChange(command).kind, WriteOutcome::Kind::Failed);
        Query count(db(), QStringLiteral("SELECT COUNT(*) FROM vendor_changes"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

private:
    Database& db() { return m_fresh->database(); }

    RecordMaterialChange change(MaterialChangeKind kind, QDate effectiveOn, QDate reportedOn) const
    {
        RecordMaterialChange command;
        command.header = F::header(F::chinaTime(2026, 11, 24));
        command.changeId = F::newId();
        command.vendorId = m_vendor;
        command.kind = kind;
        command.effectiveOn = effectiveOn;
        command.reportedOn = reportedOn;
        return command;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    VendorId m_vendor;
    VendorId m_other;
};

QTEST_MAIN(TestMaterialChangeService)
#include "tst_materialchangeservice.moc"
