#include "checkproductitem.h"
#include "listingwordcheck.h"
#include "productworkflow.h"
#include "reviewproduct.h"
#include "saveproduct.h"

#include <QTest>
#include <QTimeZone>

using Kind = ListingWordCheck::Kind;

/// SPEC 3.1 as pure rules: the listing review's moves, the wording check, the three months
/// without an order, and the commands' checks and JSON.
class TestProductRules : public QObject
{
    Q_OBJECT
private slots:
    void workflow_allowsOnlyTheReviewsMoves()
    {
        using S = ProductStatus;
        using A = ProductAction;
        QCOMPARE(ProductWorkflow::target(A::Submit, S::Draft), S::UnderReview);
        QCOMPARE(ProductWorkflow::target(A::Submit, S::Rejected), S::UnderReview);
        QCOMPARE(ProductWorkflow::target(A::Submit, S::Delisted), S::UnderReview);
        QCOMPARE(ProductWorkflow::target(A::Submit, S::Listed), std::nullopt);
        QCOMPARE(ProductWorkflow::target(A::Approve, S::UnderReview), S::Listed);
        QCOMPARE(ProductWorkflow::target(A::Approve, S::Draft), std::nullopt);
        QCOMPARE(ProductWorkflow::target(A::Reject, S::UnderReview), S::Rejected);
        QCOMPARE(ProductWorkflow::target(A::Reject, S::Listed), std::nullopt);
        QCOMPARE(ProductWorkflow::target(A::Delist, S::Listed), S::Delisted);
        QCOMPARE(ProductWorkflow::target(A::Delist, S::UnderReview), std::nullopt);
        QVERIFY(!ProductWorkflow::isEditable(S::UnderReview));
        QVERIFY(ProductWorkflow::isEditable(S::Listed));
        QVERIFY(ProductWorkflow::isEditable(S::Rejected));
    }

    void securityReview_isForSoftwareAndTools_notForServices()
    {
        for (DeliveryType type : {DeliveryType::Image, DeliveryType::Download, DeliveryType::Application,
                                  DeliveryType::DingTalkPlugin})
            QVERIFY(ProductWorkflow::needsSecurityReview(type));
        QVERIFY(!ProductWorkflow::needsSecurityReview(DeliveryType::ManualService));
    }

    void dormancy_countsThreeMonthsOnChinasCalendar()
    {
        // 2026-11-24 07:00 China is 2026-11-23 23:00 UTC: three months back is 24 August in China.
        const QDateTime now(QDate(2026, 11, 23), QTime(23, 0), QTimeZone::utc());
        QCOMPARE(ProductWorkflow::dormantBefore(now, 3),
                 QDateTime(QDate(2026, 8, 23), QTime(23, 0), QTimeZone::utc()));
        QCOMPARE(ProductWorkflow::dormantBefore(now, 1),
                 QDateTime(QDate(2026, 10, 23), QTime(23, 0), QTimeZone::utc()));
        // The end of a month: 31 May back three months is the last day of February.
        const QDateTime endOfMay(QDate(2026, 5, 31), QTime(4, 0), QTimeZone::utc());
        QCOMPARE(ProductWorkflow::dormantBefore(endOfMay, 3).toTimeZone(QTimeZone(8 * 3600)).date(),
                 QDate(2026, 2, 28));
        const QDateTime listed(QDate(2026, 8, 23), QTime(23, 0), QTimeZone::utc());
        QCOMPARE(ProductWorkflow::dormantAt(listed, 3), now);
    }

    void wordCheck_flagsBoastsLinksOutsideSalesAndRegistration()
    {
        const QString description = QStringLiteral(
            "业内唯一、最优的建站方案。详情见 www.yunzhan-example.com 或 https://shop.example.cn/a，"
            "加微信下单更优惠；使用前请先注册会员。帮助文档：https://help.aliyun.com/doc");
        const auto found = ListingWordCheck::findings(description);
        QList<std::pair<Kind, QString>> seen;
        for (const auto& finding : found) {
            QCOMPARE(description.mid(finding.position, finding.text.size()), finding.text);
            seen.append({finding.kind, finding.text});
        }
        const QList<std::pair<Kind, QString>> expected {
            {Kind::Exaggeration, QStringLiteral("唯一")},
            {Kind::Exaggeration, QStringLiteral("最优")},
            {Kind::OutsideLink, QStringLiteral("www.yunzhan-example.com")},
            {Kind::OutsideLink, QStringLiteral("https://shop.example.cn/a")},
            {Kind::OutsideSale, QStringLiteral("微信")},
            {Kind::SeparateRegistration, QStringLiteral("注册会员")},
        };
        QCOMPARE(seen, expected); // the platform's own help page is not flagged
        QVERIFY(
            ListingWordCheck::findings(QStringLiteral("企业官网模板，五天内上线，含一年质保。")).isEmpty());
    }

    void reviewCommand_needsReasonsAndEveryTick()
    {
        ReviewProduct command;
        command.action = ProductAction::Reject;
        QCOMPARE(command.validate(0).value(0).field, QStringLiteral("reason"));
        command.reason = QStringLiteral("  ");
        QCOMPARE(command.validate(0).size(), 1);
        command.reason = QStringLiteral("描述含站外链接");
        QVERIFY(command.validate(0).isEmpty());
        command.action = ProductAction::Delist;
        command.reason.clear();
        QCOMPARE(command.validate(0).value(0).field, QStringLiteral("reason"));
        command.action = ProductAction::Approve;
        QCOMPARE(command.validate(2).value(0).field, QStringLiteral("checklist"));
        QVERIFY(command.validate(0).isEmpty());
        command.reason = QString(ReviewProduct::maximumReasonLength + 1, QLatin1Char('x'));
        QCOMPARE(command.validate(0).value(0).field, QStringLiteral("reason"));
    }

    void saveCommand_namesEachBadField()
    {
        SaveProduct command;
        command.price = Money::fromFen(-1);
        command.warrantyDays = SaveProduct::maximumWarrantyDays + 1;
        command.description = QString(SaveProduct::maximumDescriptionLength + 1, QLatin1Char('x'));
        QStringList fields;
        for (const FieldError& error : command.validate())
            fields << error.field;
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("name"), QStringLiteral("vendor"), QStringLiteral("market"),
                               QStringLiteral("price"), QStringLiteral("warranty_days"),
                               QStringLiteral("description")}));
        command.productName = QStringLiteral("企业建站 A 版");
        command.vendorId = QStringLiteral("v");
        command.marketId = QStringLiteral("m");
        command.price = Money::fromYuan(1280);
        command.warrantyDays = 365;
        command.description = QStringLiteral("模板建站");
        QVERIFY(command.validate().isEmpty());
    }

    void commands_roundTripThroughJson()
    {
        const CommandHeader header {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"),
                                    QDateTime(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::utc())};
        SaveProduct save;
        save.header = header;
        save.productId = QStringLiteral("p1");
        save.baseVersion = 3;
        save.vendorId = QStringLiteral("v1");
        save.marketId = QStringLiteral("m1");
        save.productName = QStringLiteral("数据迁移服务");
        save.deliveryType = DeliveryType::ManualService;
        save.price = Money::fromFen(128050);
        save.warrantyDays = 90;
        save.description = QStringLiteral("上门迁移");
        QCOMPARE(SaveProduct::fromJson(save.toJson()).toJson(), save.toJson());
        QCOMPARE(SaveProduct::fromJson(save.toJson()).price, Money::fromFen(128050));

        const ReviewProduct review {
            header, QStringLiteral("p1"), 4, ProductAction::Delist, QStringLiteral("停售"), {}};
        const ReviewProduct back = ReviewProduct::fromJson(review.toJson());
        QCOMPARE(back.action, ProductAction::Delist);
        QCOMPARE(back.toJson(), review.toJson());
        // Delisted by the due jobs: a code, no reason of a person's.
        ReviewProduct dormant = review;
        dormant.reason.clear();
        dormant.reasonCode = QStringLiteral("dormant:6");
        QVERIFY(dormant.validate(0).isEmpty());
        QCOMPARE(ReviewProduct::fromJson(dormant.toJson()).reasonCode, QStringLiteral("dormant:6"));
        dormant.reasonCode.clear();
        QCOMPARE(dormant.validate(0).size(), 1);

        const CheckProductItem check {header, QStringLiteral("p1"), ListingCheck::PartnerPage, true,
                                      QStringLiteral("官网有合作页")};
        QCOMPARE(CheckProductItem::fromJson(check.toJson()).item, ListingCheck::PartnerPage);
        QCOMPARE(CheckProductItem::fromJson(check.toJson()).toJson(), check.toJson());
    }
};

QTEST_MAIN(TestProductRules)
#include "tst_productrules.moc"
