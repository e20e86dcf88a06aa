#include "applicationservice.h"
#include "depositservice.h"
#include "duejobrunner.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "productrepository.h"
#include "productservice.h"
#include "query.h"
#include "rowupdate.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using F = OnboardingFixture;

/// The listing review of SPEC 3.1 on both backends: drafts, review with the checklist, the
/// deposit that must be paid, the new security review after a change, delisting by hand and
/// after three months without an order.
class TestProductService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        m_products = std::make_unique<ProductService>(db());
        ApplicationService applications(db());
        m_vendor
            = F::approvedVendor(applications, QStringLiteral("杭州云栈科技有限公司"),
                                F::creditCode(QStringLiteral("91330106MA2KY0001")), F::chinaTime(2026, 8, 1));
        QVERIFY(!m_vendor.isNull());
    }
    void cleanup()
    {
        m_products.reset();
        m_fresh.reset();
    }

    void draft_isCheckedField_byField_andOnlyInTheVendorsMarkets()
    {
        SaveProduct bad = product(QStringLiteral("  "), DeliveryType::Image);
        bad.price = Money::fromFen(-5);
        const WriteOutcome refused = m_products->save(bad);
        QCOMPARE(refused.kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(refused.fieldErrors.value(0).field, QStringLiteral("name"));
        QCOMPARE(refused.fieldErrors.value(1).field, QStringLiteral("price"));

        SaveProduct elsewhere = product(QStringLiteral("企业建站 A 版"), DeliveryType::Image);
        elsewhere.marketId = QStringLiteral("6f1c2a40-0001-4000-8000-000000000003"); // not admitted there
        QCOMPARE(m_products->save(elsewhere).fieldErrors.value(0).field, QStringLiteral("market"));
        QVERIFY(!ProductRepository(db()).detail(elsewhere.productId));

        const SaveProduct draft = product(QStringLiteral("企业建站 A 版"), DeliveryType::Image);
        QCOMPARE(m_products->save(draft).kind, WriteOutcome::Kind::Done);
        const auto stored = ProductRepository(db()).detail(draft.productId);
        QVERIFY(stored);
        QCOMPARE(stored->status, ProductStatus::Draft);
        QCOMPARE(stored->vendorName, QStringLiteral("杭州云栈科技有限公司"));
        QCOMPARE(stored->price, Money::fromYuan(1280));
        QCOMPARE(stored->checks.size(), 9);
        QCOMPARE(stored->untickedCount(), 9);
    }

    void listing_needsEveryTick_andThePaidDeposit()
    {
        const QString id = underReview(DeliveryType::Image);
        QCOMPARE(review(id, ProductAction::Approve).fieldErrors.value(0).field, QStringLiteral("checklist"));
        tickAll(id);
        // Software + service markets: ¥20,000 due, ¥5,000 paid.
        DepositService deposits(db());
        QCOMPARE(
            deposits
                .record(F::depositEntry(m_vendor, DepositEntryKind::Payment, 5000, F::chinaTime(2026, 8, 2)))
                .kind,
            WriteOutcome::Kind::Done);
        const WriteOutcome short_ = review(id, ProductAction::Approve);
        QCOMPARE(short_.kind, WriteOutcome::Kind::Invalid);
        QVERIFY2(short_.fieldErrors.value(0).message.contains(QStringLiteral("15,000.00")),
                 qPrintable(short_.fieldErrors.value(0).message));
        QCOMPARE(ProductRepository(db()).detail(id)->status, ProductStatus::UnderReview);

        QCOMPARE(
            deposits
                .record(F::depositEntry(m_vendor, DepositEntryKind::Payment, 15000, F::chinaTime(2026, 8, 3)))
                .kind,
            WriteOutcome::Kind::Done);
        QSignalSpy changed(m_products.get(), &ProductService::changed);
        QCOMPARE(review(id, ProductAction::Approve).kind, WriteOutcome::Kind::Done);
        QCOMPARE(changed.count(), 1);
        const auto listed = ProductRepository(db()).detail(id);
        QCOMPARE(listed->status, ProductStatus::Listed);
        QCOMPARE(listed->listedAtMs, F::chinaTime(2026, 8, 10).toMSecsSinceEpoch());
        QCOMPARE(listed->securityReviewedAtMs, F::chinaTime(2026, 8, 10).toMSecsSinceEpoch());
        Query audit(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = :id"));
        audit.bind(QStringLiteral(":id"), id).exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1 + 1 + 9 + 1); // created, submitted, nine ticks, listed
    }

    void rejection_needsItsReason_andTheProductComesBack()
    {
        const QString id = underReview(DeliveryType::Download);
        QCOMPARE(review(id, ProductAction::Reject).fieldErrors.value(0).field, QStringLiteral("reason"));
        QCOMPARE(review(id, ProductAction::Reject, QStringLiteral("描述含“唯一”")).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(ProductRepository(db()).detail(id)->rejectReason, QStringLiteral("描述含“唯一”"));
        const CheckProductItem late {
            F::header(F::chinaTime(2026, 8, 11)), id, ListingCheck::TermsShown, true, {}};
        QCOMPARE(m_products->checkItem(late).kind, WriteOutcome::Kind::Failed);
        QCOMPARE(review(id, ProductAction::Submit).kind, WriteOutcome::Kind::Done);
        QCOMPARE(ProductRepository(db()).detail(id)->status, ProductStatus::UnderReview);
    }

    void changingAListedSoftwareProduct_needsANewSecurityReview_aServiceDoesNot()
    {
        payDeposit();
        const QString image = listed(DeliveryType::Image);
        const QString service = listed(DeliveryType::ManualService);
        for (const QString& id : {image, service}) {
            const auto current = ProductRepository(db()).detail(id);
            SaveProduct change = product(current->name, current->deliveryType);
            change.productId = id;
            change.baseVersion = current->version;
            change.header = F::header(F::chinaTime(2026, 9, 1));
            change.description = QStringLiteral("新版本：支持多语言");
            QCOMPARE(m_products->save(change).kind, WriteOutcome::Kind::Done);
        }
        const auto changedImage = ProductRepository(db()).detail(image);
        QCOMPARE(changedImage->status, ProductStatus::UnderReview);
        QCOMPARE(changedImage->securityReviewedAtMs, 0);
        QCOMPARE(changedImage->untickedCount(), 1);
        QVERIFY(!changedImage->checks.at(int(ListingCheck::SecurityReview)).ticked);
        const auto changedService = ProductRepository(db()).detail(service);
        QCOMPARE(changedService->status, ProductStatus::Listed);
        QCOMPARE(changedService->description, QStringLiteral("新版本：支持多语言"));

        // Under review the vendor cannot change it.
        SaveProduct again = product(changedImage->name, DeliveryType::Image);
        again.productId = image;
        again.baseVersion = changedImage->version;
        QCOMPARE(m_products->save(again).kind, WriteOutcome::Kind::Failed);
    }

    void delisting_byHand_needsItsReason()
    {
        payDeposit();
        const QString id = listed(DeliveryType::Application);
        QCOMPARE(review(id, ProductAction::Delist).fieldErrors.value(0).field, QStringLiteral("reason"));
        QCOMPARE(review(id, ProductAction::Delist, QStringLiteral("服务商申请停售")).kind,
                 WriteOutcome::Kind::Done);
        const auto delisted = ProductRepository(db()).detail(id);
        QCOMPARE(delisted->status, ProductStatus::Delisted);
        QCOMPARE(delisted->delistReason, QStringLiteral("服务商申请停售"));
        // Stale: the product moved on since the version the reviewer saw.
        ReviewProduct stale {
            F::header(F::chinaTime(2026, 8, 12)), id, delisted->version - 1, ProductAction::Submit, {}, {}};
        QCOMPARE(m_products->review(stale).kind, WriteOutcome::Kind::Conflict);
    }

    void threeMonthsWithoutAnOrder_delistsTheProduct_once()
    {
        payDeposit();
        const QString quiet = listed(DeliveryType::Image); // listed 2026-08-10
        const QString ordered = listed(DeliveryType::Download);
        addOrder(ordered, F::chinaTime(2026, 10, 1));
        DueJobRunner runner(db());
        // 9 November: three months after the listing day is 10 November.
        QCOMPARE(runner.run(F::chinaTime(2026, 11, 9), QStringLiteral("system")).productsDelisted, 0);
        const DueJobRunner::Report report
            = runner.run(F::chinaTime(2026, 11, 10, 11), QStringLiteral("system"));
        QCOMPARE(report.error, QString());
        QCOMPARE(report.productsDelisted, 1);
        const auto delisted = ProductRepository(db()).detail(quiet);
        QCOMPARE(delisted->status, ProductStatus::Delisted);
        QVERIFY(!delisted->delistReason.isEmpty());
        QCOMPARE(delisted->delistedAtMs, F::chinaTime(2026, 11, 10).toMSecsSinceEpoch());
        QCOMPARE(ProductRepository(db()).detail(ordered)->status, ProductStatus::Listed);
        QCOMPARE(runner.run(F::chinaTime(2026, 11, 10, 12), QStringLiteral("system")).productsDelisted, 0);
        // The order of 1 October keeps the other one until 1 January.
        QCOMPARE(runner.run(F::chinaTime(2027, 1, 1, 11), QStringLiteral("system")).productsDelisted, 1);
    }

    void dormancy_followsTheConfiguredMonths()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("product.idle_delist_months"), 1));
        payDeposit();
        const QString quiet = listed(DeliveryType::Image); // listed 2026-08-10
        DueJobRunner runner(db());
        QCOMPARE(runner.run(F::chinaTime(2026, 9, 9), QStringLiteral("system")).productsDelisted, 0);
        QCOMPARE(runner.run(F::chinaTime(2026, 9, 10, 11), QStringLiteral("system")).productsDelisted, 1);
        const auto delisted = ProductRepository(db()).detail(quiet);
        QCOMPARE(delisted->delistedAtMs, F::chinaTime(2026, 9, 10).toMSecsSinceEpoch());
        QVERIFY2(delisted->delistReason.startsWith(QStringLiteral("No order for 1 consecutive month")),
                 qPrintable(delisted->delistReason));
    }

private:
    Database& db() { return m_fresh->database(); }

    SaveProduct product(const QString& name, DeliveryType type)
    {
        SaveProduct command;
        command.header = F::header(F::chinaTime(2026, 8, 5));
        command.productId = F::newId();
        command.vendorId = m_vendor.toString();
        command.marketId = F::softwareMarket;
        command.productName = name;
        command.deliveryType = type;
        command.price = Money::fromYuan(1280);
        command.warrantyDays = 365;
        command.description = QStringLiteral("模板建站，五天上线");
        return command;
    }

    WriteOutcome review(const QString& id, ProductAction action, const QString& reason = {})
    {
        const int version = ProductRepository(db()).detail(id)->version;
        return m_products->review({F::header(F::chinaTime(2026, 8, 10)), id, version, action, reason, {}});
    }

    QString underReview(DeliveryType type)
    {
        const SaveProduct draft = product(QStringLiteral("产品 %1").arg(enumKey(type)), type);
        if (m_products->save(draft).kind != WriteOutcome::Kind::Done
            || review(draft.productId, ProductAction::Submit).kind != WriteOutcome::Kind::Done)
            return {};
        return draft.productId;
    }

    void tickAll(const QString& id)
    {
        for (const auto& [item, key] : EnumKeyTable<ListingCheck>::entries)
            QCOMPARE(m_products
                         ->checkItem(
                             {F::header(F::chinaTime(2026, 8, 10)), id, item, true, QStringLiteral("已核对")})
                         .kind,
                     WriteOutcome::Kind::Done);
    }

    QString listed(DeliveryType type)
    {
        const QString id = underReview(type);
        tickAll(id);
        return review(id, ProductAction::Approve).kind == WriteOutcome::Kind::Done ? id : QString();
    }

    void payDeposit()
    {
        QCOMPARE(
            DepositService(db())
                .record(F::depositEntry(m_vendor, DepositEntryKind::Payment, 20000, F::chinaTime(2026, 8, 2)))
                .kind,
            WriteOutcome::Kind::Done);
    }

    void addOrder(const QString& productId, const QDateTime& paidAt)
    {
        const QString buyer = F::newId();
        const qint64 at = paidAt.toMSecsSinceEpoch();
        RowUpdate::insert(db(), QStringLiteral("buyers"),
                          {{QStringLiteral("id"), buyer},
                           {QStringLiteral("customer_no"), QStringLiteral("C%1").arg(at)},
                           {QStringLiteral("name"), QStringLiteral("李雷")},
                           {QStringLiteral("contact_phone"), QStringLiteral("13800000000")},
                           {QStringLiteral("created_at"), at}});
        RowUpdate::insert(db(), QStringLiteral("orders"),
                          {{QStringLiteral("id"), F::newId()},
                           {QStringLiteral("order_no"), QString::number(at)},
                           {QStringLiteral("buyer_id"), buyer},
                           {QStringLiteral("customer_no"), QStringLiteral("C%1").arg(at)},
                           {QStringLiteral("contact_phone"), QStringLiteral("13800000000")},
                           {QStringLiteral("vendor_id"), m_vendor.toString()},
                           {QStringLiteral("product_id"), productId},
                           {QStringLiteral("order_type"), QStringLiteral("new")},
                           {QStringLiteral("status"), QStringLiteral("paid")},
                           {QStringLiteral("paid_fen"), 128000},
                           {QStringLiteral("paid_at"), at},
                           {QStringLiteral("created_at"), at},
                           {QStringLiteral("updated_at"), at}});
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<ProductService> m_products;
    VendorId m_vendor;
};

QTEST_MAIN(TestProductService)
#include "tst_productservice.moc"
