#include "depositentrydialog.h"
#include "depositservice.h"
#include "domaintext.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "vendordeposittab.h"
#include "vendorrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using F = OnboardingFixture;

/// What the deposit tab and the record dialog say and do about a shortfall (SPEC 2.3): top up by
/// the deadline, then the settlement it is taken from, then the suspension.
class TestDepositViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void shortfall_isShownThroughTopUp_settlement_andSuspension()
    {
        const VendorId vendor = F::shortVendor(m_fresh->database(), QStringLiteral("壬公司"),
                                               F::creditCode(QStringLiteral("91330106MA2KY0021")));
        QVERIFY(!vendor.isNull());
        DepositService deposits(m_fresh->database());
        const QString topUpDeadline
            = DomainText::localTime(F::chinaTime(2026, 11, 27, 0).toMSecsSinceEpoch());
        const QString suspendAt = DomainText::localTime(F::chinaTime(2026, 12, 2, 0).toMSecsSinceEpoch());
        const QString settlement = QStringLiteral("2026-12-01");

        FixedClock clock(F::chinaTime(2026, 11, 24));
        VendorDepositTab tab(m_fresh->database(), deposits, clock, QStringLiteral("reviewer1"));
        tab.showVendor(VendorRepository(m_fresh->database()).detail(vendor));
        QString summary = tab.summaryLabel()->text();
        QVERIFY2(summary.contains(topUpDeadline) && summary.contains(settlement)
                     && !summary.contains(suspendAt),
                 qPrintable(summary));

        clock.set(F::chinaTime(2026, 11, 30));
        tab.showVendor(VendorRepository(m_fresh->database()).detail(vendor));
        summary = tab.summaryLabel()->text();
        QVERIFY2(!summary.contains(topUpDeadline) && summary.contains(settlement)
                     && summary.contains(suspendAt),
                 qPrintable(summary));

        // The settlement of 1 December gives ¥500: recorded without a receipt, it names the
        // settlement, and it leaves the deposit short after the deadline.
        clock.set(F::chinaTime(2026, 12, 1, 11));
        DepositEntryDialog dialog(vendor, QStringLiteral("壬公司"), Money::fromYuan(18000),
                                  Money::fromYuan(20000), {}, deposits, clock, QStringLiteral("reviewer1"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(enumKey(DepositEntryKind::Settlement)));
        QVERIFY(!dialog.receiptEdit()->isEnabled());
        QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("2000.00"));
        dialog.amountEdit()->setText(QStringLiteral("500"));
        dialog.accept();
        QVERIFY(!dialog.reasonEdit()->toolTip().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.reasonEdit()->setText(QStringLiteral("2026年12月结算"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto detail = VendorRepository(m_fresh->database()).detail(vendor);
        QCOMPARE(detail->status, QStringLiteral("suspended"));
        QCOMPARE(detail->depositBalance, Money::fromYuan(18500));
        tab.showVendor(detail);
        summary = tab.summaryLabel()->text();
        QVERIFY2(summary.contains(settlement) && !summary.contains(suspendAt), qPrintable(summary));
        QVERIFY(summary.contains(Money::fromYuan(1500).format(QLocale())));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestDepositViews)
#include "tst_depositviews.moc"
