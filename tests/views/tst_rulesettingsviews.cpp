#include "applicationservice.h"
#include "conflictanswer.h"
#include "conflictdialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "rulesettingsbox.h"
#include "settingsservice.h"
#include "vendorrepository.h"
#include "vendorviolationstab.h"
#include "violationservice.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using F = OnboardingFixture;

/// The Settings page's deadlines and limits, and views that show a figure the administrator set.
class TestRuleSettingsViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void box_showsTheStoredFigures_andSavesTheChangedOnes()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("delivery.auto_accept_days"), 10));
        SettingsService settings(m_fresh->database());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        RuleSettingsBox box(settings, clock, QStringLiteral("admin"));
        QCOMPARE(box.spinBox(QStringLiteral("delivery.auto_accept_days"))->value(), 10);
        QCOMPARE(box.spinBox(QStringLiteral("invoice.sla_days"))->value(), 7);
        QCOMPARE(box.dayKindBox()->currentData().toInt(), 0);
        QSpinBox* surcharge = box.spinBox(QStringLiteral("deposit.surcharge_fen"));
        QCOMPARE(surcharge->value(), 10000); // whole yuan
        QCOMPARE(surcharge->prefix(), QStringLiteral("¥"));
        QCOMPARE(box.spinBox(QStringLiteral("contract.paper_mail_working_days"))->maximum(), 30);
        QCOMPARE(box.spinBox(QStringLiteral("violation.expel_points"))->minimum(), 1);
        QVERIFY(box.spinBox(QStringLiteral("deposit.top_up_working_days"))
                    ->toolTip()
                    .contains(QLatin1String("3")));
        QVERIFY(!box.save());
        QCOMPARE(box.noteLabel()->text(), QStringLiteral("Nothing was changed."));

        box.spinBox(QStringLiteral("deposit.top_up_working_days"))->setValue(5);
        surcharge->setValue(8000);
        box.dayKindBox()->setCurrentIndex(1);
        QVERIFY(box.save());
        const BusinessRules rules = settings.rules();
        QCOMPARE(rules.topUpWorkingDays, 5);
        QCOMPARE(rules.surcharge, Money::fromYuan(8000));
        QCOMPARE(rules.autoAcceptDays, 10);
        QCOMPARE(settings.invoiceIssueRule().workingDays, true);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_days")).version, 0); // unchanged, not written
        QVERIFY2(box.noteLabel()->text().contains(QLatin1String("Top up within")),
                 qPrintable(box.noteLabel()->text()));
        // Saved again from the versions just written.
        box.spinBox(QStringLiteral("deposit.top_up_working_days"))->setValue(4);
        QVERIFY(box.save());
        QCOMPARE(settings.read(QStringLiteral("deposit.top_up_working_days")).version, 2);
    }

    void box_changedMeanwhile_takesTheirsWhereBothChanged()
    {
        SettingsService settings(m_fresh->database());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        RuleSettingsBox box(settings, clock, QStringLiteral("admin"));
        QVERIFY(m_fresh->setSetting(QStringLiteral("deposit.surcharge_fen"), Money::fromYuan(12000).fen()));
        box.spinBox(QStringLiteral("deposit.surcharge_fen"))->setValue(8000);
        box.spinBox(QStringLiteral("invoice.red_letter_hours"))->setValue(48);
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        QVERIFY(!box.save());
        QCOMPARE(answer.rows(), 2);
        QCOMPARE(box.spinBox(QStringLiteral("deposit.surcharge_fen"))->value(), 12000); // read from "¥12,000"
        QCOMPARE(box.spinBox(QStringLiteral("invoice.red_letter_hours"))->value(), 48);
        QVERIFY(box.save());
        QCOMPARE(settings.rules().surcharge, Money::fromYuan(12000));
        QCOMPARE(settings.rules().redLetterHours, 48);
    }

    void violationsTab_proposesExpulsionAtThePointsSet()
    {
        ApplicationService applications(m_fresh->database());
        const VendorId vendor
            = F::approvedVendor(applications, QStringLiteral("丙公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0014")), F::chinaTime(2026, 1, 5));
        QCOMPARE(ViolationService(m_fresh->database())
                     .record(F::violation(vendor, F::chinaTime(2026, 11, 20)))
                     .kind,
                 WriteOutcome::Kind::Done);
        FixedClock clock(F::chinaTime(2026, 11, 23));
        VendorViolationsTab tab(m_fresh->database(), clock);
        tab.showVendor(VendorRepository(m_fresh->database()).detail(vendor));
        QCOMPARE(tab.pointsThisYear(), 12);
        QCOMPARE(tab.expelPoints(), 24);
        QVERIFY(tab.proposalLabel()->isHidden());

        QVERIFY(m_fresh->setSetting(QStringLiteral("violation.expel_points"), 12));
        tab.showVendor(VendorRepository(m_fresh->database()).detail(vendor));
        QCOMPARE(tab.expelPoints(), 12);
        QVERIFY(!tab.proposalLabel()->isHidden());
        QVERIFY2(tab.proposalLabel()->text().contains(QLatin1String("(12 or more)")),
                 qPrintable(tab.proposalLabel()->text()));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestRuleSettingsViews)
#include "tst_rulesettingsviews.moc"
