#include "applicationservice.h"
#include "checklistmodel.h"
#include "depositservice.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "pagedtablemodel.h"
#include "productdialog.h"
#include "productlistmodel.h"
#include "productrepository.h"
#include "productreviewdialog.h"
#include "productservice.h"
#include "productspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using F = OnboardingFixture;

/// The Products page, the product form and the listing review dialog, offscreen on both backends.
class TestProductViews : public QObject
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

    void productList_hasTabs_searchesTheDescription_andPassesTheModelTester()
    {
        ProductService service(db());
        QVERIFY(!save(service, QStringLiteral("企业建站 A 版"), QStringLiteral("模板建站")).isEmpty());
        QVERIFY(!save(service, QStringLiteral("数据迁移"), QStringLiteral("整库迁移，含校验")).isEmpty());
        ProductListModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProductRepository::ColumnCount));
        QCOMPARE(model.statusEntries().size(), 5);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.statusCounts().value(QStringLiteral("draft")), 2);
        model.setSearchText(QStringLiteral("整库"));
        QCOMPARE(model.rowCount(), 1);
    }

    void productForm_flagsWordsAsTyped_namesBadFields_andSavesADraft()
    {
        ProductService service(db());
        ProductDialog dialog(std::nullopt, db(), service, m_clock, QStringLiteral("entry1"));
        QCOMPARE(dialog.vendorBox()->currentText(), QStringLiteral("杭州云栈科技有限公司"));
        QCOMPARE(dialog.marketBox()->count(), 2); // the software and the service market it was admitted to
        dialog.descriptionEdit()->setPlainText(QStringLiteral("全网唯一的建站方案"));
        QVERIFY2(dialog.findingsLabel()->text().contains(QStringLiteral("唯一")),
                 qPrintable(dialog.findingsLabel()->text()));
        dialog.priceEdit()->setText(QStringLiteral("abc"));
        dialog.accept();
        QVERIFY(!dialog.priceEdit()->toolTip().isEmpty());
        dialog.priceEdit()->setText(QStringLiteral("1,280.00"));
        dialog.accept();
        QVERIFY(!dialog.nameEdit()->toolTip().isEmpty());
        dialog.nameEdit()->setText(QStringLiteral("企业建站 A 版"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = ProductRepository(db()).detail(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->status, ProductStatus::Draft);
        QCOMPARE(saved->price, Money::fromYuan(1280));
        QCOMPARE(saved->description, QStringLiteral("全网唯一的建站方案"));
    }

    void reviewDialog_marksFlaggedWords_refusesUntilTicked_thenLists_andThePageDelists()
    {
        ProductService service(db());
        const QString id
            = save(service, QStringLiteral("企业建站 A 版"), QStringLiteral("最优方案，见 www.example.com"));
        const int version = ProductRepository(db()).detail(id)->version;
        QCOMPARE(
            service.review({F::header(F::chinaTime(2026, 8, 6)), id, version, ProductAction::Submit, {}, {}})
                .kind,
            WriteOutcome::Kind::Done);
        ProductReviewDialog shortDialog(id, db(), service, m_clock, QStringLiteral("reviewer1"));
        QVERIFY2(shortDialog.summaryLabel()->text().contains(QStringLiteral("¥20,000.00 short")),
                 qPrintable(shortDialog.summaryLabel()->text()));
        QVERIFY(
            shortDialog.summaryLabel()->text().contains(QStringLiteral("security review not passed yet")));
        QCOMPARE(
            DepositService(db())
                .record(F::depositEntry(m_vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2026, 8, 2)))
                .kind,
            WriteOutcome::Kind::Done);

        ProductReviewDialog dialog(id, db(), service, m_clock, QStringLiteral("reviewer1"));
        QVERIFY2(!dialog.summaryLabel()->text().contains(QStringLiteral("short")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.descriptionView()->toHtml().contains(QStringLiteral("最优")));
        QVERIFY2(dialog.descriptionView()->toHtml().contains(QStringLiteral("#ffd54f")),
                 "flagged words are marked");
        ChecklistModel* checklist = dialog.checklist();
        QAbstractItemModelTester tester(checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(checklist->rowCount(), 9);
        QVERIFY(!dialog.decide(ProductAction::Approve));
        QCOMPARE(ProductRepository(db()).detail(id)->status, ProductStatus::UnderReview);
        auto* table = dialog.findChild<QTableView*>();
        QVERIFY(table->isColumnHidden(ChecklistModel::Market));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), table); // Space ticks the first item at once
        QCOMPARE(table->currentIndex(), checklist->index(0, ChecklistModel::Ticked));
        for (int row = 0; row < checklist->rowCount(); ++row) {
            table->setCurrentIndex(checklist->index(row, ChecklistModel::Ticked));
            QVERIFY(checklist->setData(checklist->index(row, ChecklistModel::Ticked), Qt::Checked,
                                       Qt::CheckStateRole));
            QCOMPARE(table->currentIndex().row(), row); // stored and shown again, the item stays current
        }
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("security review passed")));
        QCOMPARE(ProductRepository(db()).detail(id)->untickedCount(), 0);
        QVERIFY(dialog.decide(ProductAction::Approve));
        QCOMPARE(ProductRepository(db()).detail(id)->status, ProductStatus::Listed);

        ProductsPage page(db(), m_clock, QStringLiteral("reviewer1"));
        page.activate();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.tableView()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(page.delist(QStringLiteral("服务商申请停售")));
        const auto delisted = ProductRepository(db()).detail(id);
        QCOMPARE(delisted->status, ProductStatus::Delisted);
        QCOMPARE(delisted->delistReason, QStringLiteral("服务商申请停售"));
    }

private:
    Database& db() { return m_fresh->database(); }

    QString save(ProductService& service, const QString& name, const QString& description)
    {
        SaveProduct command;
        command.header = F::header(F::chinaTime(2026, 8, 5));
        command.productId = F::newId();
        command.vendorId = m_vendor.toString();
        command.marketId = F::softwareMarket;
        command.productName = name;
        command.deliveryType = DeliveryType::Image;
        command.price = Money::fromYuan(1280);
        command.description = description;
        return service.save(command).kind == WriteOutcome::Kind::Done ? command.productId : QString();
    }

    FixedClock m_clock {F::chinaTime(2026, 8, 10)};
    std::unique_ptr<FreshDatabase> m_fresh;
    VendorId m_vendor;
};

QTEST_MAIN(TestProductViews)
#include "tst_productviews.moc"
