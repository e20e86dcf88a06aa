#include "deliveryworkflow.h"
#include "movedelivery.h"

#include <QTest>

/// The SPEC 4 table, written out independently of DeliveryWorkflow::table(): every move that is
/// allowed, as "action actor from → to". Everything not listed must be refused.
static const QStringList allowedMoves {
    QStringLiteral("submit_requirement buyer requirement_pending → awaiting_confirmation"),
    QStringLiteral("edit_requirement buyer awaiting_confirmation → awaiting_confirmation"),
    QStringLiteral("confirm_requirement vendor awaiting_confirmation → implementing"),
    QStringLiteral("reject_requirement vendor awaiting_confirmation → requirement_pending"),
    QStringLiteral("submit_for_acceptance vendor implementing → awaiting_acceptance"),
    QStringLiteral("accept buyer awaiting_acceptance → completed"),
    QStringLiteral("reject_acceptance buyer awaiting_acceptance → implementing"),
    QStringLiteral("auto_accept system awaiting_acceptance → completed"),
    QStringLiteral("request_refund buyer requirement_pending → refunding"),
    QStringLiteral("request_refund buyer awaiting_confirmation → refunding"),
    QStringLiteral("approve_refund platform refunding → refunded"),
    QStringLiteral("decline_refund platform refunding → (paused)"),
    QStringLiteral("request_intervention buyer awaiting_acceptance → awaiting_acceptance"),
    QStringLiteral("request_intervention vendor awaiting_acceptance → awaiting_acceptance"),
    QStringLiteral("close_intervention platform awaiting_acceptance → awaiting_acceptance"),
};

class TestDeliveryWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void everyMoveOfEveryActor_matchesTheSpec()
    {
        QStringList found;
        for (DeliveryAction action : enumValues<DeliveryAction>()) {
            for (DeliveryActor actor : enumValues<DeliveryActor>()) {
                for (DeliveryState from : enumValues<DeliveryState>()) {
                    // A paused state that a decline may return to, so that the decline shows up.
                    const auto to
                        = DeliveryWorkflow::target(action, actor, from, DeliveryState::AwaitingConfirmation);
                    if (!to)
                        continue;
                    const bool backToPause = action == DeliveryAction::DeclineRefund;
                    found << QStringLiteral("%1 %2 %3 → %4")
                                 .arg(enumKey(action), enumKey(actor), enumKey(from),
                                      backToPause ? QStringLiteral("(paused)") : enumKey(*to));
                }
            }
        }
        QCOMPARE(found.size(), allowedMoves.size());
        for (const QString& move : allowedMoves)
            QVERIFY2(found.contains(move), qPrintable(move));
    }

    void declinedRefund_resumesWhereItPaused()
    {
        QCOMPARE(DeliveryWorkflow::target(DeliveryAction::DeclineRefund, DeliveryActor::Platform,
                                          DeliveryState::Refunding, DeliveryState::RequirementPending),
                 DeliveryState::RequirementPending);
        QCOMPARE(DeliveryWorkflow::target(DeliveryAction::DeclineRefund, DeliveryActor::Platform,
                                          DeliveryState::Refunding, DeliveryState::AwaitingConfirmation),
                 DeliveryState::AwaitingConfirmation);
        // Without a recorded pause, or with one a refund cannot cause, there is nowhere to go.
        QVERIFY(!DeliveryWorkflow::target(DeliveryAction::DeclineRefund, DeliveryActor::Platform,
                                          DeliveryState::Refunding));
        QVERIFY(!DeliveryWorkflow::target(DeliveryAction::DeclineRefund, DeliveryActor::Platform,
                                          DeliveryState::Refunding, DeliveryState::Completed));
    }

    void refund_onlyBeforeTheVendorConfirms()
    {
        for (DeliveryState from : enumValues<DeliveryState>()) {
            const bool allowed = DeliveryWorkflow::allowedActions(from, DeliveryActor::Buyer)
                                     .contains(DeliveryAction::RequestRefund);
            QCOMPARE(allowed,
                     from == DeliveryState::RequirementPending
                         || from == DeliveryState::AwaitingConfirmation);
        }
    }

    void allowedActions_perActorInTableOrder()
    {
        QCOMPARE(DeliveryWorkflow::allowedActions(DeliveryState::AwaitingAcceptance, DeliveryActor::Buyer),
                 (QList<DeliveryAction> {DeliveryAction::Accept, DeliveryAction::RejectAcceptance,
                                         DeliveryAction::RequestIntervention}));
        QCOMPARE(
            DeliveryWorkflow::allowedActions(DeliveryState::AwaitingConfirmation, DeliveryActor::Vendor),
            (QList<DeliveryAction> {DeliveryAction::ConfirmRequirement, DeliveryAction::RejectRequirement}));
        QVERIFY(DeliveryWorkflow::allowedActions(DeliveryState::Completed, DeliveryActor::Buyer).isEmpty());
        QVERIFY(DeliveryWorkflow::allowedActions(DeliveryState::Refunded, DeliveryActor::Platform).isEmpty());
    }

    void textRequired_forRequirementsReasonsAndVerdictsThatReject()
    {
        QVERIFY(DeliveryWorkflow::needsText(DeliveryAction::SubmitRequirement));
        QVERIFY(DeliveryWorkflow::needsText(DeliveryAction::RejectRequirement));
        QVERIFY(DeliveryWorkflow::needsText(DeliveryAction::RejectAcceptance));
        QVERIFY(!DeliveryWorkflow::needsText(DeliveryAction::Accept));
        QVERIFY(!DeliveryWorkflow::needsText(DeliveryAction::ConfirmRequirement));
    }

    void moveDelivery_checksTextAndFiles()
    {
        MoveDelivery move;
        move.action = DeliveryAction::RejectRequirement;
        move.text = QStringLiteral("   ");
        QCOMPARE(move.validate().value(0).field, QStringLiteral("text"));
        move.text = QString(MoveDelivery::maximumTextLength + 1, QLatin1Char('x'));
        QCOMPARE(move.validate().value(0).field, QStringLiteral("text"));
        move.text = QStringLiteral("需求描述不完整，请补充数据量");
        QVERIFY(move.validate().isEmpty());
        move.attachments.append({QStringLiteral("  "), QByteArray("x")});
        QCOMPARE(move.validate().value(0).field, QStringLiteral("attachments"));
        move.attachments = {{QStringLiteral("big.zip"), QByteArray(MoveDelivery::maximumFileSize + 1, 'x')}};
        QCOMPARE(move.validate().value(0).field, QStringLiteral("attachments"));

        move.attachments = {{QStringLiteral("方案.pdf"), QByteArray("%PDF")}};
        const MoveDelivery back = MoveDelivery::fromJson(move.toJson());
        QCOMPARE(back.action, move.action);
        QCOMPARE(back.text, move.text);
        QCOMPARE(back.attachments.value(0).fileName, QStringLiteral("方案.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryWorkflow)
#include "tst_deliveryworkflow.moc"
