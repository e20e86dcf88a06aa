#include "applicationdialog.h"
#include "applicationlistmodel.h"
#include "applicationrepository.h"
#include "applicationreviewdialog.h"
#include "applicationservice.h"
#include "checklistmodel.h"
#include "conflictanswer.h"
#include "depositentrydialog.h"
#include "depositledgermodel.h"
#include "depositrepository.h"
#include "depositservice.h"
#include "domaintext.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "query.h"
#include "vendordeposittab.h"
#include "vendorrepository.h"
#include "vendorservice.h"
#include "vendorstatusdialog.h"
#include "violationdialog.h"
#include "violationservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using F = OnboardingFixture;

class TestOnboardingViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    // The application form keeps what is typed in the user's data folder (FormRecovery).
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void applicationForm_linksProvinceAndCity_namesMissingFields_thenSubmits()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationDialog dialog(std::nullopt, CatalogueRepository(db()).markets(), db(), service, clock,
                                 QStringLiteral("entry1"));
        QVERIFY(!dialog.cityBox()->isEnabled());
        dialog.provinceBox()->setCurrentIndex(dialog.provinceBox()->findData(QStringLiteral("广东省")));
        QVERIFY(dialog.cityBox()->isEnabled());
        QVERIFY(dialog.cityBox()->findData(QStringLiteral("深圳市")) > 0);
        QCOMPARE(dialog.cityBox()->findData(QStringLiteral("杭州市")), -1);
        dialog.provinceBox()->setCurrentIndex(dialog.provinceBox()->findData(QStringLiteral("浙江省")));
        QVERIFY(dialog.cityBox()->findData(QStringLiteral("杭州市")) > 0);

        dialog.editor(QStringLiteral("company_name"))->setText(QStringLiteral("杭州云栈科技有限公司"));
        dialog.editor(QStringLiteral("phone"))->setText(QStringLiteral("12345"));
        QVERIFY(!dialog.save(true));
        QVERIFY(!dialog.editor(QStringLiteral("phone"))->toolTip().isEmpty());
        QVERIFY(!dialog.editor(QStringLiteral("email"))->toolTip().isEmpty());
        QVERIFY(!dialog.marketList()->toolTip().isEmpty());
        QCOMPARE(ApplicationRepository(db()).detail(dialog.applicationId()), std::nullopt);

        dialog.cityBox()->setCurrentIndex(dialog.cityBox()->findData(QStringLiteral("杭州市")));
        dialog.editor(QStringLiteral("credit_code"))
            ->setText(F::creditCode(QStringLiteral("91330106MA2KY0011")));
        dialog.editor(QStringLiteral("contact_person"))->setText(QStringLiteral("王磊"));
        dialog.editor(QStringLiteral("phone"))->setText(QStringLiteral("0571-88886666"));
        dialog.editor(QStringLiteral("email"))->setText(QStringLiteral("wang@yunzhan.cn"));
        dialog.editor(QStringLiteral("service_hours"))->setText(QStringLiteral("5×8"));
        dialog.editor(QStringLiteral("warranty_period"))->setText(QStringLiteral("12 个月"));
        dialog.staffBox()->setValue(18);
        dialog.mainBusinessEdit()->setPlainText(QStringLiteral("企业建站"));
        dialog.marketList()->item(2)->setCheckState(Qt::Checked);
        for (int i = 0; i < 3; ++i)
            dialog.agreementBox(i)->setChecked(true);
        QTemporaryDir folder;
        const QString licence = folder.filePath(QStringLiteral("营业执照.pdf"));
        QFile file(licence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4");
        file.close();
        QVERIFY(dialog.addFile(ApplicationFileKind::BusinessLicence, licence));
        QVERIFY(!dialog.save(true)); // the legal representative's ID is still missing
        QVERIFY(dialog.addFile(ApplicationFileKind::LegalRepresentativeId, licence));
        QVERIFY(dialog.save(true));
        const auto stored = ApplicationRepository(db()).detail(dialog.applicationId());
        QVERIFY(stored);
        QCOMPARE(stored->status, ApplicationStatus::Submitted);
        QCOMPARE(stored->city, QStringLiteral("杭州市"));
        QCOMPARE(stored->files.size(), 2);
        QCOMPARE(stored->marketIds.size(), 1);
    }

    void applicationDraft_savedMeanwhile_keepsTheirsPlusMine()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const QList<CatalogueRepository::Market> markets = CatalogueRepository(db()).markets();
        ApplicationDialog first(std::nullopt, markets, db(), service, clock, QStringLiteral("entry1"));
        first.editor(QStringLiteral("company_name"))->setText(QStringLiteral("杭州云栈科技有限公司"));
        first.editor(QStringLiteral("phone"))->setText(QStringLiteral("0571-88886666"));
        first.marketList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(first.save(false));
        const auto draft = ApplicationRepository(db()).detail(first.applicationId());
        QVERIFY(draft);

        ApplicationDialog mine(draft, markets, db(), service, clock, QStringLiteral("entry1"));
        // Meanwhile a colleague on another connection changes the phone and the markets.
        const std::unique_ptr<Database> other = m_fresh->anotherClient();
        QVERIFY(other);
        ApplicationService theirService(*other);
        ApplicationDialog theirs(draft, markets, *other, theirService, clock, QStringLiteral("entry2"));
        theirs.editor(QStringLiteral("phone"))->setText(QStringLiteral("13812345678"));
        theirs.marketList()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(theirs.save(false));

        mine.editor(QStringLiteral("email"))->setText(QStringLiteral("wang@yunzhan.cn"));
        mine.marketList()->item(2)->setCheckState(Qt::Checked);
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        QVERIFY(!mine.save(false));
        QCOMPARE(answer.collisions(), QStringList {QStringLiteral("markets")});
        QCOMPARE(mine.editor(QStringLiteral("phone"))->text(), QStringLiteral("13812345678"));
        QCOMPARE(mine.editor(QStringLiteral("email"))->text(), QStringLiteral("wang@yunzhan.cn"));
        QCOMPARE(mine.marketList()->item(2)->checkState(), Qt::Unchecked); // theirs where both changed
        QVERIFY(mine.save(false));
        const auto stored = ApplicationRepository(*other).detail(first.applicationId());
        QCOMPARE(stored->phone, QStringLiteral("13812345678"));
        QCOMPARE(stored->email, QStringLiteral("wang@yunzhan.cn"));
        QCOMPARE(stored->marketIds.size(), 2);
        QCOMPARE(stored->version, draft->version + 2);
    }

    void review_ticksItems_approvalWithUntickedNeedsTheOverrideReason()
    {
        ApplicationService service(db());
        const QString submittedId
            = submitted(service, QStringLiteral("甲公司"), QStringLiteral("91330106MA2KY0012"));
        QVERIFY(!submittedId.isEmpty());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationReviewDialog dialog(submittedId, db(), service, clock, QStringLiteral("reviewer1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), dialog.startButton()); // Enter starts the review
        QVERIFY(!dialog.approveButton()->isEnabled());
        QCOMPARE(dialog.fileList()->count(), 2);
        QVERIFY(dialog.fileList()->item(1)->text().contains(QStringLiteral("licence.pdf")));
        QFile exported(dialog.exportFile(1));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), QByteArray("%PDF-1.4"));
        QVERIFY(dialog.decide(ApplicationAction::StartReview));
        QVERIFY(dialog.approveButton()->isEnabled());

        ChecklistModel* checklist = dialog.checklist();
        QAbstractItemModelTester tester(checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(checklist->rowCount(), 15);
        QVERIFY(checklist->flags(checklist->index(0, ChecklistModel::Ticked)) & Qt::ItemIsUserCheckable);
        // Once the review is under way Space ticks the first item, as the dialog says.
        auto* table = dialog.findChild<QTableView*>();
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex(), checklist->index(0, ChecklistModel::Ticked));
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(checklist->setData(checklist->index(0, ChecklistModel::Note), QStringLiteral("已核验"),
                                   Qt::EditRole));
        QCOMPARE(checklist->data(checklist->index(0, ChecklistModel::Ticked), Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(checklist->data(checklist->index(0, ChecklistModel::Note)).toString(),
                 QStringLiteral("已核验"));
        QVERIFY(checklist->data(checklist->index(0, ChecklistModel::CheckedBy))
                    .toString()
                    .contains(QStringLiteral("reviewer1")));

        QVERIFY(!dialog.decide(ApplicationAction::Approve));
        QVERIFY(dialog.reasonEdit()->toolTip().contains(QLatin1String("14")));
        dialog.reasonEdit()->setPlainText(QStringLiteral("其余条件已在线下核验"));
        QVERIFY(dialog.decide(ApplicationAction::Approve));
        const auto approved = ApplicationRepository(db()).detail(submittedId);
        QCOMPARE(approved->status, ApplicationStatus::Approved);
        QVERIFY(!approved->vendorId.isEmpty());
        QVERIFY(
            !checklist->flags(checklist->index(0, ChecklistModel::Ticked)).testFlag(Qt::ItemIsUserCheckable));
    }

    void reviewDecision_meetsAnotherReviewersStep()
    {
        ApplicationService service(db());
        const QString submittedId
            = submitted(service, QStringLiteral("乙公司"), QStringLiteral("91330106MA2KY0015"));
        QVERIFY(!submittedId.isEmpty());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationReviewDialog dialog(submittedId, db(), service, clock, QStringLiteral("reviewer1"));
        const std::unique_ptr<Database> other = m_fresh->anotherClient();
        QVERIFY(other);
        ApplicationService theirService(*other);
        QCOMPARE(theirService
                     .decide({F::header(F::chinaTime(2026, 11, 23)),
                              submittedId,
                              1,
                              ApplicationAction::StartReview,
                              {},
                              {}})
                     .kind,
                 WriteOutcome::Kind::Done);

        // They only started the review: rejecting goes on from their version.
        dialog.reasonEdit()->setPlainText(QStringLiteral("营业执照已过期"));
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            QVERIFY(dialog.decide(ApplicationAction::Reject));
            QCOMPARE(answer.unexpected(), QStringList());
            QVERIFY(answer.mergeAllowed());
            QCOMPARE(answer.rows(), 8);
        }
        const auto rejected = ApplicationRepository(db()).detail(submittedId);
        QCOMPARE(rejected->status, ApplicationStatus::Rejected);
        QCOMPARE(rejected->rejectReason, QStringLiteral("营业执照已过期"));
        QCOMPARE(rejected->decidedBy, QStringLiteral("reviewer1"));
        QCOMPARE(rejected->version, 3);

        // A second dialog opened before they rejected it may not start the review any more.
        const QString secondId
            = submitted(service, QStringLiteral("丁公司"), QStringLiteral("91330106MA2KY0016"));
        QVERIFY(!secondId.isEmpty());
        ApplicationReviewDialog late(secondId, db(), service, clock, QStringLiteral("reviewer1"));
        QCOMPARE(theirService
                     .decide({F::header(F::chinaTime(2026, 11, 23)),
                              secondId,
                              1,
                              ApplicationAction::Reject,
                              QStringLiteral("重复申请"),
                              {}})
                     .kind,
                 WriteOutcome::Kind::Done);
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            QVERIFY(!late.decide(ApplicationAction::StartReview));
            QVERIFY(!answer.mergeAllowed());
            QCOMPARE(answer.collisions(), QStringList {QStringLiteral("status")});
        }
        QVERIFY(late.startButton()->isEnabled()); // cancelled: still the version first opened
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Reload);
            QVERIFY(!late.decide(ApplicationAction::StartReview));
            QCOMPARE(answer.answered(), 1);
        }
        QVERIFY(!late.startButton()->isEnabled()); // their rejection is shown now
        QCOMPARE(ApplicationRepository(db()).detail(secondId)->status, ApplicationStatus::Rejected);
    }

    void applicationList_hasTabsAndPassesTheModelTester()
    {
        ApplicationService service(db());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(service
                         .save(F::application(QStringLiteral("公司%1").arg(i),
                                              F::creditCode(QStringLiteral("91330106MA2KY002%1").arg(i)),
                                              F::chinaTime(2026, 11, 20 + i)))
                         .kind,
                     WriteOutcome::Kind::Done);
        FixedClock clock(F::chinaTime(2026, 11, 23).addSecs(5LL * 3600));
        ApplicationListModel model(db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        // The reviewer sees how long each application has waited, the oldest first.
        QCOMPARE(model.index(0, ApplicationRepository::Waiting).data().toString(), QStringLiteral("3 d 5 h"));
        QCOMPARE(model.index(2, ApplicationRepository::Waiting).data().toString(), QStringLiteral("1 d 5 h"));
        QCOMPARE(model.statusEntries().size(), 5);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.statusCounts().value(QStringLiteral("submitted")), 3);
        // "Waited more than 2 days", by the page's clock.
        QCOMPARE(model.setFilterText(ApplicationRepository::Waiting, QStringLiteral(">2d")), QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ApplicationRepository::Waiting).data().toString(), QStringLiteral("2 d 5 h"));
        model.setFilterText(ApplicationRepository::Waiting, QString());
        model.setSearchText(QStringLiteral("公司1"));
        QCOMPARE(model.rowCount(), 1);
        // Decided, it waits no more: no Waiting filter finds it, and it sorts after those waiting.
        Query::execute(db(),
                       QStringLiteral("UPDATE applications SET status = 'approved' "
                                      "WHERE company_name = '公司0'"));
        model.setSearchText(QString());
        model.setStatus(QString());
        QCOMPARE(model.setFilterText(ApplicationRepository::Waiting, QStringLiteral(">2d")), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ApplicationRepository::CompanyName).data().toString(),
                 QStringLiteral("公司1"));
        QCOMPARE(model.setFilterText(ApplicationRepository::Waiting, QStringLiteral("<4d")), QString());
        QCOMPARE(model.rowCount(), 2);
        model.setFilterText(ApplicationRepository::Waiting, QString());
        model.sort(ApplicationRepository::Waiting, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ApplicationRepository::CompanyName).data().toString(),
                 QStringLiteral("公司1"));
        QCOMPARE(model.index(2, ApplicationRepository::CompanyName).data().toString(),
                 QStringLiteral("公司0"));
        QCOMPARE(model.index(2, ApplicationRepository::Waiting).data().toString(), QString());
    }

    void depositTab_showsLedger_surcharge_andWritesTheReceipt()
    {
        ApplicationService applications(db());
        const VendorId vendor
            = F::approvedVendor(applications, QStringLiteral("乙公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0013")), F::chinaTime(2026, 1, 5));
        QVERIFY(!vendor.isNull());
        DepositService deposits(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        DepositEntryDialog dialog(vendor, QStringLiteral("乙公司"), Money(), Money::fromYuan(20000), {},
                                  deposits, clock, QStringLiteral("reviewer1"));
        QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("20000.00")); // the shortfall is proposed
        dialog.amountEdit()->setText(QStringLiteral("two thousand"));
        dialog.accept();
        QVERIFY(!dialog.amountEdit()->toolTip().isEmpty());
        dialog.amountEdit()->setText(QStringLiteral("¥20,000"));
        dialog.accept();
        QVERIFY(!dialog.receiptEdit()->toolTip().isEmpty());
        dialog.receiptEdit()->setText(QStringLiteral("BZJ-2026-0101"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (int hour : {11, 12, 13})
            QCOMPARE(deposits
                         .record(F::depositEntry(vendor, DepositEntryKind::Deduction, 100,
                                                 F::chinaTime(2026, 11, 23, hour)))
                         .kind,
                     WriteOutcome::Kind::Done);

        VendorDepositTab tab(db(), deposits, clock, QStringLiteral("reviewer1"));
        tab.showVendor(VendorRepository(db()).detail(vendor));
        QAbstractItemModelTester tester(tab.ledgerModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab.ledgerModel()->rowCount(), 4);
        QCOMPARE(
            tab.ledgerModel()->data(tab.ledgerModel()->index(0, DepositLedgerModel::BalanceAfter)).toString(),
            Money::fromYuan(19700).format(QLocale()));
        QVERIFY(tab.summaryLabel()->text().contains(Money::fromYuan(300).format(QLocale())));
        QVERIFY2(tab.summaryLabel()->text().contains(
                     DomainText::localTime(F::chinaTime(2026, 11, 27, 0).toMSecsSinceEpoch())),
                 qPrintable(tab.summaryLabel()->text()));
        QVERIFY(tab.decideSurcharge(true));
        QCOMPARE(tab.ledger().due(clock.nowUtc()), Money::fromYuan(30000));
        QVERIFY(!tab.decideSurcharge(true)); // nothing proposed any more

        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(!tab.saveReceipt(pdf).isEmpty()); // nothing selected
        QVERIFY(!tab.receiptButton()->isEnabled());
        tab.tableView()->setCurrentIndex(tab.ledgerModel()->index(0, 0)); // a deduction: no receipt
        QVERIFY(!tab.receiptButton()->isEnabled());
        tab.tableView()->setCurrentIndex(tab.ledgerModel()->index(3, 0));
        QVERIFY(tab.receiptButton()->isEnabled());
        QVERIFY(tab.mailedButton()->isEnabled());
        QCOMPARE(tab.saveReceipt(pdf), QString());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(4) == "%PDF");

        const QString paymentLine = tab.ledgerModel()->line(3).id;
        RecordReceiptMailing mailing {F::header(clock.nowUtc()), paymentLine, QStringLiteral("顺丰速运"),
                                      QStringLiteral("1")};
        QCOMPARE(deposits.recordReceiptMailing(mailing).kind, WriteOutcome::Kind::Invalid);
        mailing.trackingNo = QStringLiteral("SF1234567890");
        QCOMPARE(deposits.recordReceiptMailing(mailing).kind, WriteOutcome::Kind::Done);
        mailing.header = F::header(clock.nowUtc());
        QCOMPARE(deposits.recordReceiptMailing(mailing).kind, WriteOutcome::Kind::Conflict);
        tab.showVendor(VendorRepository(db()).detail(vendor));
        tab.tableView()->setCurrentIndex(tab.ledgerModel()->index(3, 0));
        QVERIFY(!tab.mailedButton()->isEnabled()); // mailed once
        QVERIFY(tab.ledgerModel()
                    ->data(tab.ledgerModel()->index(3, DepositLedgerModel::ReceiptMailed))
                    .toString()
                    .contains(QStringLiteral("SF1234567890")));
    }

    void violationAndStanding_dialogsSayWhatFollows()
    {
        ApplicationService applications(db());
        const VendorId vendor
            = F::approvedVendor(applications, QStringLiteral("丙公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0014")), F::chinaTime(2026, 1, 5));
        ViolationService violations(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const auto types = CatalogueRepository(db()).violationTypes();
        ViolationDialog dialog(vendor, QStringLiteral("丙公司"), 12, 24, types, violations, clock,
                               QStringLiteral("reviewer1"));
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(F::offPlatformTrade));
        QVERIFY(dialog.consequenceLabel()->text().contains(QLatin1String("24")));
        QVERIFY(dialog.consequenceLabel()->text().contains(QLatin1String("2026")));
        dialog.accept();
        QVERIFY(!dialog.descriptionEdit()->toolTip().isEmpty());
        dialog.descriptionEdit()->setPlainText(QStringLiteral("引导买家线下交易"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto recorded = VendorRepository(db()).violations(vendor);
        QCOMPARE(recorded.size(), 1);

        // The deduction that punishes it names the violation.
        DepositService deposits(db());
        QCOMPARE(
            deposits
                .record(F::depositEntry(vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2026, 1, 6)))
                .kind,
            WriteOutcome::Kind::Done);
        DepositEntryDialog deduction(
            vendor, QStringLiteral("丙公司"), Money::fromYuan(20000), Money::fromYuan(20000),
            {{recorded.first().id, recorded.first().typeName}}, deposits, clock, QStringLiteral("reviewer1"));
        QVERIFY(!deduction.violationBox()->isEnabled());
        deduction.kindBox()->setCurrentIndex(deduction.kindBox()->findData(QStringLiteral("deduction")));
        QVERIFY(deduction.violationBox()->isEnabled());
        deduction.violationBox()->setCurrentIndex(1);
        deduction.amountEdit()->setText(QStringLiteral("2000"));
        deduction.reasonEdit()->setText(QStringLiteral("站外交易扣除"));
        deduction.accept();
        QCOMPARE(deduction.result(), int(QDialog::Accepted));
        QCOMPARE(DepositRepository(db()).ledger(vendor).lines.last().violationId, recorded.first().id);

        VendorService vendors(db());
        VendorRepository repository(db());
        const auto detail = repository.detail(vendor);
        const QList<VendorRepository::UnfinishedOrder> unfinished {
            {QStringLiteral("20261101"), QStringLiteral("C1"), QStringLiteral("建站服务"),
             QStringLiteral("implementing"), Money::fromYuan(800)}};
        VendorStatusDialog standing(*detail, Money::fromYuan(18000), unfinished, repository, vendors, clock,
                                    QStringLiteral("reviewer1"));
        QCOMPARE(standing.actionBox()->count(), 3); // suspend, exit, expel: nothing to restore
        standing.actionBox()->setCurrentIndex(standing.actionBox()->findData(QStringLiteral("expel")));
        QCOMPARE(standing.reasonBox()->count(), 4);
        QVERIFY(standing.consequenceLabel()->text().contains(QStringLiteral("20261101")));
        standing.reasonBox()->setCurrentIndex(standing.reasonBox()->findData(QStringLiteral("points")));
        QVERIFY(standing.apply());
        QCOMPARE(VendorRepository(db()).detail(vendor)->status, QStringLiteral("expelled"));
    }

    void standing_meetsAnotherClientsChange()
    {
        ApplicationService applications(db());
        const VendorId vendor
            = F::approvedVendor(applications, QStringLiteral("戊公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0017")), F::chinaTime(2026, 1, 5));
        VendorService vendors(db());
        VendorRepository repository(db());
        const auto opened = repository.detail(vendor);
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const std::unique_ptr<Database> other = m_fresh->anotherClient();
        QVERIFY(other);
        QCOMPARE(VendorService(*other)
                     .updateContact({F::header(F::chinaTime(2026, 11, 23)), vendor, opened->version,
                                     QStringLiteral("李娜"), QStringLiteral("13812345678"),
                                     QStringLiteral("li@example.cn")})
                     .kind,
                 WriteOutcome::Kind::Done);

        // Their contact change leaves the standing alone: the suspension goes on from their version.
        VendorStatusDialog suspend(*opened, Money(), {}, repository, vendors, clock,
                                   QStringLiteral("reviewer1"));
        suspend.noteEdit()->setPlainText(QStringLiteral("投诉未处理"));
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            QVERIFY(suspend.apply());
            QCOMPARE(answer.unexpected(), QStringList());
            QVERIFY(answer.mergeAllowed());
            QCOMPARE(answer.rows(), 6);
        }
        const auto suspended = repository.detail(vendor);
        QCOMPARE(suspended->status, QStringLiteral("suspended"));
        QCOMPARE(suspended->statusReason, QStringLiteral("投诉未处理"));
        QCOMPARE(suspended->contactPerson, QStringLiteral("李娜"));
        QCOMPARE(suspended->version, opened->version + 2);

        // Suspending again from the version first opened: their status no longer allows it.
        VendorStatusDialog again(*opened, Money(), {}, repository, vendors, clock,
                                 QStringLiteral("reviewer1"));
        again.noteEdit()->setPlainText(QStringLiteral("再次暂停"));
        QSignalSpy rejected(&again, &QDialog::rejected);
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            QVERIFY(!again.apply());
            QCOMPARE(answer.answered(), 1);
            QCOMPARE(answer.collisions(),
                     (QStringList {QStringLiteral("status"), QStringLiteral("status_reason")}));
        }
        QCOMPARE(rejected.count(), 0);
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Reload);
            QVERIFY(!again.apply());
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(repository.detail(vendor)->version, opened->version + 2);
    }

private:
    Database& db() { return m_fresh->database(); }
    /// Submits a complete application of `name` on 2026-11-20; its id, or nothing on failure.
    QString submitted(ApplicationService& service, const QString& name, const QString& creditCode17)
    {
        const SaveApplication application
            = F::application(name, F::creditCode(creditCode17), F::chinaTime(2026, 11, 20));
        return service.save(application).kind == WriteOutcome::Kind::Done ? application.applicationId
                                                                          : QString();
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestOnboardingViews)
#include "tst_onboardingviews.moc"
