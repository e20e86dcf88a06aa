#include "catalogueentrydialog.h"
#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "cataloguespage.h"
#include "conflictanswer.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTest>
#include <QUuid>

using F = OnboardingFixture;

/// The Catalogues page: markets, violation types and the other lists an administrator keeps.
class TestCatalogueViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void cataloguesPage_addsAndChangesEntries()
    {
        CatalogueService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        CataloguesPage page(db(), service, clock, QStringLiteral("admin"));
        CatalogueModel* markets = page.model(CatalogueKind::Market);
        QAbstractItemModelTester marketTester(markets,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester typeTester(page.model(CatalogueKind::ViolationType),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(markets->rowCount(), 6);
        QCOMPARE(page.model(CatalogueKind::Condition)->rowCount(), 20);
        QCOMPARE(markets->data(markets->index(0, 2)).toString(), Money::fromYuan(20000).format(QLocale()));

        CatalogueEntryDialog change(markets->entry(0), CatalogueRepository(db()).markets(), db(), service,
                                    clock, QStringLiteral("admin"));
        QVERIFY(change.keyEdit()->isReadOnly());
        change.depositEdit()->setText(QStringLiteral("-5"));
        change.accept();
        QVERIFY(!change.depositEdit()->toolTip().isEmpty());
        change.depositEdit()->setText(QStringLiteral("¥22,000"));
        change.activeBox()->setChecked(false);
        change.accept();
        QCOMPARE(change.result(), int(QDialog::Accepted));
        QCOMPARE(markets->data(markets->index(0, 2)).toString(), Money::fromYuan(22000).format(QLocale()));
        QCOMPARE(markets->data(markets->index(0, 3)).toString(), QStringLiteral("Inactive"));

        SaveCatalogueEntry fresh;
        fresh.kind = CatalogueKind::ViolationType;
        CatalogueEntryDialog add(fresh, {}, db(), service, clock, QStringLiteral("admin"));
        add.textEdit()->setText(QStringLiteral("刷单炒信"));
        add.keyEdit()->setText(QStringLiteral("Fake Reviews"));
        add.accept();
        QVERIFY(!add.keyEdit()->toolTip().isEmpty());
        add.keyEdit()->setText(QStringLiteral("fake_reviews"));
        add.numberBox()->setValue(12);
        add.accept();
        QCOMPARE(add.result(), int(QDialog::Accepted));
        QCOMPARE(page.model(CatalogueKind::ViolationType)->rowCount(), 9);

        CatalogueModel* couriers = page.model(CatalogueKind::Courier);
        QAbstractItemModelTester courierTester(couriers,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(couriers->columnCount(), 3);
        QCOMPARE(couriers->data(couriers->index(0, 0)).toString(), QStringLiteral("顺丰速运"));
        SaveCatalogueEntry newCourier;
        newCourier.kind = CatalogueKind::Courier;
        newCourier.position = couriers->rowCount() + 1;
        CatalogueEntryDialog addCourier(newCourier, {}, db(), service, clock, QStringLiteral("admin"));
        addCourier.show();
        QVERIFY(!addCourier.keyEdit()->isVisible());
        addCourier.textEdit()->setText(QStringLiteral("德邦快递"));
        addCourier.accept();
        QCOMPARE(addCourier.result(), int(QDialog::Accepted));
        QCOMPARE(couriers->data(couriers->index(couriers->rowCount() - 1, 0)).toString(),
                 QStringLiteral("德邦快递"));
        QCOMPARE(couriers->data(couriers->index(couriers->rowCount() - 1, 2)).toString(),
                 QStringLiteral("Active"));
    }

    void catalogueEntry_changedMeanwhile_keepsTheirsPlusMine()
    {
        CatalogueService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        CatalogueModel markets(CatalogueKind::Market);
        CatalogueRepository repository(db());
        markets.reload(repository);
        const SaveCatalogueEntry startedFrom = markets.entry(0);
        CatalogueEntryDialog dialog(startedFrom, repository.markets(), db(), service, clock,
                                    QStringLiteral("admin"));

        // Meanwhile another administrator renames the market.
        const std::unique_ptr<Database> other = m_fresh->anotherClient();
        QVERIFY(other);
        SaveCatalogueEntry theirs = startedFrom;
        theirs.header = {CommandId(QUuid::createUuid()), QStringLiteral("admin2"), clock.nowUtc()};
        theirs.text = QStringLiteral("云计算市场（新）");
        QCOMPARE(CatalogueService(*other).save(theirs).kind, WriteOutcome::Kind::Done);

        dialog.depositEdit()->setText(QStringLiteral("¥25,000"));
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog.accept();
        QCOMPARE(answer.rows(), 5); // name, key, deposit, order, in use
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.textEdit()->text(), QStringLiteral("云计算市场（新）"));
        QCOMPARE(dialog.depositEdit()->text(), QStringLiteral("¥25,000"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        CatalogueRepository theirRepository(*other);
        markets.reload(theirRepository);
        const auto saved = markets.entryWithId(startedFrom.entryId);
        QVERIFY(saved);
        QCOMPARE(saved->text, QStringLiteral("云计算市场（新）"));
        QCOMPARE(saved->deposit, Money::fromYuan(25000));
        QCOMPARE(saved->baseVersion, startedFrom.baseVersion + 2);
    }

private:
    Database& db() { return m_fresh->database(); }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestCatalogueViews)
#include "tst_catalogueviews.moc"
