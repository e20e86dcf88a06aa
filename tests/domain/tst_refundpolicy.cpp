#include "refundpolicy.h"
#include "requestrefund.h"

#include <QTest>

namespace {

const QDateTime paidAt(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);

RefundPolicy policy(DeliveryType type, const QDateTime& now,
                    std::optional<DeliveryState> state = std::nullopt, qint64 refundableFen = 10000,
                    bool pending = false)
{
    RefundPolicy::Order order;
    order.deliveryType = type;
    order.paidAt = paidAt;
    order.refundable = Money::fromFen(refundableFen);
    order.refundPending = pending;
    order.deliveryState = state;
    return RefundPolicy::evaluate(order, now);
}

} // namespace

class TestRefundPolicy : public QObject
{
    Q_OBJECT
private slots:
    void application_fullRefundWithinFiveDaysOfPayment_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<RefundPolicy::Kind>("kind");
        QTest::newRow("same day") << paidAt.addSecs(3600) << RefundPolicy::Kind::FullRefund;
        QTest::newRow("day 4") << paidAt.addDays(4) << RefundPolicy::Kind::FullRefund;
        QTest::newRow("last minute") << paidAt.addDays(5).addSecs(-60) << RefundPolicy::Kind::FullRefund;
        QTest::newRow("day 5 exactly") << paidAt.addDays(5) << RefundPolicy::Kind::Negotiated;
        QTest::newRow("day 6") << paidAt.addDays(6) << RefundPolicy::Kind::Negotiated;
    }
    void application_fullRefundWithinFiveDaysOfPayment()
    {
        QFETCH(QDateTime, now);
        QFETCH(RefundPolicy::Kind, kind);
        const RefundPolicy result = policy(DeliveryType::Application, now);
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.guaranteeEnds, paidAt.addDays(5));
        QCOMPARE(result.maximum, Money::fromFen(10000));
        QVERIFY(!result.explanation.isEmpty());
        QCOMPARE(result.reasons().contains(RefundReason::Guarantee), kind == RefundPolicy::Kind::FullRefund);
    }

    void service_fullRefundUntilTheVendorConfirms_data()
    {
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<RefundPolicy::Kind>("kind");
        QTest::newRow("requirement pending")
            << DeliveryState::RequirementPending << RefundPolicy::Kind::FullRefund;
        QTest::newRow("awaiting confirmation")
            << DeliveryState::AwaitingConfirmation << RefundPolicy::Kind::FullRefund;
        QTest::newRow("implementing") << DeliveryState::Implementing << RefundPolicy::Kind::Negotiated;
        QTest::newRow("awaiting acceptance")
            << DeliveryState::AwaitingAcceptance << RefundPolicy::Kind::Negotiated;
        QTest::newRow("completed") << DeliveryState::Completed << RefundPolicy::Kind::Negotiated;
        QTest::newRow("refunding") << DeliveryState::Refunding << RefundPolicy::Kind::Unavailable;
        QTest::newRow("refunded") << DeliveryState::Refunded << RefundPolicy::Kind::Unavailable;
    }
    void service_fullRefundUntilTheVendorConfirms()
    {
        QFETCH(DeliveryState, state);
        QFETCH(RefundPolicy::Kind, kind);
        // Months after payment: the service guarantee does not run out with time.
        QCOMPARE(policy(DeliveryType::ManualService, paidAt.addDays(90), state).kind, kind);
    }

    void tools_haveNoGuarantee_data()
    {
        QTest::addColumn<DeliveryType>("type");
        QTest::newRow("image") << DeliveryType::Image;
        QTest::newRow("download") << DeliveryType::Download;
        QTest::newRow("dingtalk") << DeliveryType::DingTalkPlugin;
    }
    void tools_haveNoGuarantee()
    {
        QFETCH(DeliveryType, type);
        const RefundPolicy result = policy(type, paidAt.addSecs(60));
        QCOMPARE(result.kind, RefundPolicy::Kind::Negotiated);
        QVERIFY(!result.reasons().contains(RefundReason::Guarantee));
        QVERIFY(!result.reasons().contains(RefundReason::VendorExit));
        QVERIFY(result.reasons().contains(RefundReason::Bankrupt));
    }

    void nothingToRefundOrPending_isUnavailable()
    {
        QCOMPARE(policy(DeliveryType::Application, paidAt, std::nullopt, 0).kind,
                 RefundPolicy::Kind::Unavailable);
        const RefundPolicy pending = policy(DeliveryType::Application, paidAt, std::nullopt, 10000, true);
        QCOMPARE(pending.kind, RefundPolicy::Kind::Unavailable);
        QVERIFY(pending.reasons().isEmpty());
    }

    void request_isCheckedAgainstThePolicy()
    {
        const RefundPolicy full = policy(DeliveryType::Application, paidAt.addDays(1));
        RequestRefund command;
        command.reason = RefundReason::Guarantee;
        command.amount = Money::fromFen(5000);
        QCOMPARE(command.validate(full).value(0).field, QStringLiteral("amount"));
        command.amount = Money::fromFen(10000);
        QVERIFY(command.validate(full).isEmpty());

        const RefundPolicy negotiated = policy(DeliveryType::Image, paidAt.addDays(1));
        QCOMPARE(command.validate(negotiated).value(0).field, QStringLiteral("reason"));
        command.reason = RefundReason::Quality;
        command.amount = Money::fromFen(10001);
        QCOMPARE(command.validate(negotiated).value(0).field, QStringLiteral("amount"));
        command.amount = Money::fromFen(0);
        QCOMPARE(command.validate(negotiated).value(0).field, QStringLiteral("amount"));
        command.amount = Money::fromFen(3000);
        QVERIFY(command.validate(negotiated).isEmpty());
        command.reason = RefundReason::Other;
        QCOMPARE(command.validate(negotiated).value(0).field, QStringLiteral("text"));
        command.text = QStringLiteral("买家公司业务调整");
        QVERIFY(command.validate(negotiated).isEmpty());

        const RefundPolicy none = policy(DeliveryType::Image, paidAt, std::nullopt, 0);
        QCOMPARE(command.validate(none).value(0).field, QStringLiteral("order"));

        const RequestRefund back = RequestRefund::fromJson(command.toJson());
        QCOMPARE(back.amount, command.amount);
        QCOMPARE(back.reason, command.reason);
        QCOMPARE(back.text, command.text);
    }
};

QTEST_GUILESS_MAIN(TestRefundPolicy)
#include "tst_refundpolicy.moc"
