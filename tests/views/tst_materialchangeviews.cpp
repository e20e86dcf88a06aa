#include "applicationservice.h"
#include "depositservice.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "materialchangedialog.h"
#include "onboardingfixture.h"
#include "pagedtablemodel.h"
#include "vendorchangestab.h"
#include "vendorrepository.h"
#include "vendorservice.h"
#include "vendorspage.h"
#include "violationservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using F = OnboardingFixture;

/// The material change dialog and the Vendors page's changes tab, offscreen on both backends.
class TestMaterialChangeViews : public QObject
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
    }
    void cleanup() { m_fresh.reset(); }

    void dialog_prefillsTheName_saysTheDeadline_namesBadFields_andRenames()
    {
        VendorService service(db());
        MaterialChangeDialog dialog(m_vendor, QStringLiteral("杭州云栈科技有限公司"), service, m_clock,
                                    QStringLiteral("reviewer1"));
        QCOMPARE(dialog.kindBox()->currentData().toString(), QStringLiteral("company_name"));
        QCOMPARE(dialog.beforeEdit()->text(), QStringLiteral("杭州云栈科技有限公司"));
        QVERIFY(dialog.beforeEdit()->isReadOnly());
        QVERIFY2(dialog.deadlineLabel()->text().contains(QStringLiteral("2026-12-24")),
                 qPrintable(dialog.deadlineLabel()->text()));
        QVERIFY(dialog.deadlineLabel()->text().contains(QStringLiteral("renames the vendor")));
        dialog.accept();
        QVERIFY(!dialog.afterEdit()->toolTip().isEmpty()); // nothing typed as the new name
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Another kind frees "before"; a change noticed before the vendor reported it is awaited.
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("legal_representative")));
        QVERIFY(dialog.beforeEdit()->text().isEmpty());
        QVERIFY(!dialog.beforeEdit()->isReadOnly());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("company_name")));
        dialog.effectiveEdit()->setDate(QDate(2026, 10, 1));
        dialog.reportedBox()->setChecked(false);
        QVERIFY(!dialog.reportedEdit()->isEnabled());
        QVERIFY2(dialog.deadlineLabel()->text().contains(QStringLiteral("overdue")),
                 qPrintable(dialog.deadlineLabel()->text()));
        dialog.afterEdit()->setText(QStringLiteral("杭州云栈数智科技有限公司"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto vendor = VendorRepository(db()).detail(m_vendor);
        QCOMPARE(vendor->name, QStringLiteral("杭州云栈数智科技有限公司"));
        QCOMPARE(VendorRepository(db()).materialChanges(m_vendor).value(0).reportedAtMs, qint64(0));
    }

    void changesTab_showsOverdueInRed_andMarksTheReportReceived()
    {
        VendorService vendors(db());
        DepositService deposits(db());
        ViolationService violations(db());
        RecordMaterialChange awaited;
        awaited.header = F::header(m_clock.nowUtc());
        awaited.changeId = F::newId();
        awaited.vendorId = m_vendor;
        awaited.kind = MaterialChangeKind::RegisteredAddress;
        awaited.effectiveOn = QDate(2026, 10, 1);
        awaited.before = QStringLiteral("杭州市西湖区文三路 1 号");
        awaited.after = QStringLiteral("杭州市余杭区文一西路 969 号");
        QCOMPARE(vendors.recordChange(awaited).kind, WriteOutcome::Kind::Done);

        VendorsPage page(db(), {vendors, deposits, violations}, m_clock, QStringLiteral("reviewer1"));
        page.activate();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.model()->index(0, VendorRepository::ChangeReportDue).data(Qt::ForegroundRole).isValid());
        page.tableView()->setCurrentIndex(page.model()->index(0, 0));
        VendorChangesTab* tab = page.changesTab();
        QCOMPARE(tab->tree()->topLevelItemCount(), 1);
        QCOMPARE(tab->awaitedCount(), 1);
        QCOMPARE(tab->overdueCount(), 1);
        QTreeWidgetItem* item = tab->tree()->topLevelItem(0);
        QVERIFY2(item->text(VendorChangesTab::Report).contains(QStringLiteral("overdue")),
                 qPrintable(item->text(VendorChangesTab::Report)));
        QVERIFY(item->foreground(VendorChangesTab::Report).color()
                != tab->tree()->palette().color(QPalette::Text));
        const auto showsAwaited = [&page](const QString& text) {
            for (const QLabel* label : page.findChildren<QLabel*>()) {
                if (label->text() == text)
                    return true;
            }
            return false;
        };
        QVERIFY(showsAwaited(QStringLiteral("1 awaited, 1 overdue")));

        QVERIFY(!tab->reportButton()->isEnabled());
        QVERIFY(!tab->markReported(QDate(2026, 11, 24))); // nothing selected
        tab->tree()->setCurrentItem(item);
        QVERIFY(tab->reportButton()->isEnabled());
        QVERIFY(tab->markReported(QDate(2026, 11, 24)));
        // The service announced the change: the page read the vendor again.
        QCOMPARE(tab->awaitedCount(), 0);
        QVERIFY2(
            tab->tree()->topLevelItem(0)->text(VendorChangesTab::Report).contains(QStringLiteral("late")),
            qPrintable(tab->tree()->topLevelItem(0)->text(VendorChangesTab::Report)));
        QVERIFY(page.model()->index(0, VendorRepository::ChangeReportDue).data().toString().isEmpty());
    }

private:
    Database& db() { return m_fresh->database(); }

    FixedClock m_clock {F::chinaTime(2026, 11, 24)};
    std::unique_ptr<FreshDatabase> m_fresh;
    VendorId m_vendor;
};

QTEST_MAIN(TestMaterialChangeViews)
#include "tst_materialchangeviews.moc"
