#include "invoiceworkflow.h"

#include <QSet>
#include <QTest>

/// Every move of SPEC 5.4, written out independently of the table: "action actor from to".
static const QSet<QString>& allowedMoves()
{
    static const QSet<QString> moves {
        QStringLiteral("cancel buyer pending cancelled"),
        QStringLiteral("start clerk pending processing"),
        QStringLiteral("issue clerk processing mailing/issued"),
        QStringLiteral("mark_delivered clerk mailing delivered"),
        QStringLiteral("mark_refunded clerk pending refunded"),
        QStringLiteral("mark_refunded clerk processing refunded"),
        QStringLiteral("mark_refunded system pending refunded"),
        QStringLiteral("mark_refunded system processing refunded"),
        QStringLiteral("mark_failed clerk processing failed"),
        QStringLiteral("retry clerk failed processing"),
        QStringLiteral("request_return buyer issued return_pending"),
        QStringLiteral("request_return buyer mailing return_pending"),
        QStringLiteral("request_return buyer delivered return_pending"),
        QStringLiteral("require_red_letter clerk return_pending awaiting_red_letter"),
        QStringLiteral("accept_return clerk return_pending returning"),
        QStringLiteral("accept_return clerk awaiting_red_letter returning"),
        QStringLiteral("decline_return clerk return_pending return_declined"),
        QStringLiteral("decline_return clerk awaiting_red_letter return_declined"),
        QStringLiteral("void clerk returning voided"),
        QStringLiteral("lapse_red_letter system awaiting_red_letter return_pending"),
    };
    return moves;
}

class TestInvoiceWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void everyMove_isAllowedExactlyForItsActor()
    {
        int allowed = 0;
        for (InvoiceAction action : enumValues<InvoiceAction>()) {
            for (InvoiceActor actor : enumValues<InvoiceActor>()) {
                for (InvoiceStatus from : enumValues<InvoiceStatus>()) {
                    const auto paper = InvoiceWorkflow::target(action, actor, from, InvoiceMedium::Paper);
                    const auto electronic
                        = InvoiceWorkflow::target(action, actor, from, InvoiceMedium::Electronic);
                    const QString prefix
                        = QStringLiteral("%1 %2 %3 ").arg(enumKey(action), enumKey(actor), enumKey(from));
                    QString to;
                    if (paper && electronic)
                        to = *paper == *electronic ? enumKey(*paper)
                                                   : enumKey(*paper) + u'/' + enumKey(*electronic);
                    QCOMPARE(bool(paper), bool(electronic));
                    const bool expected
                        = std::any_of(allowedMoves().cbegin(), allowedMoves().cend(),
                                      [&prefix](const QString& move) { return move.startsWith(prefix); });
                    QVERIFY2(bool(paper) == expected, qPrintable(prefix));
                    if (paper) {
                        QVERIFY2(allowedMoves().contains(prefix + to), qPrintable(prefix + to));
                        ++allowed;
                    }
                }
            }
        }
        QCOMPARE(allowed, allowedMoves().size());
    }

    void digitalInvoices_areIssuedWithoutMailing()
    {
        QCOMPARE(InvoiceWorkflow::target(InvoiceAction::Issue, InvoiceActor::Clerk, InvoiceStatus::Processing,
                                         InvoiceMedium::Digital),
                 InvoiceStatus::Issued);
    }

    void issuingAPendingRequest_startsItOnTheWay()
    {
        QCOMPARE(InvoiceWorkflow::target(InvoiceAction::Issue, InvoiceActor::Clerk, InvoiceStatus::Pending,
                                         InvoiceMedium::Paper),
                 std::nullopt);
        QCOMPARE(InvoiceWorkflow::targetOfStep(InvoiceAction::Issue, InvoiceActor::Clerk,
                                               InvoiceStatus::Pending, InvoiceMedium::Paper),
                 InvoiceStatus::Mailing);
        QCOMPARE(InvoiceWorkflow::targetOfStep(InvoiceAction::Issue, InvoiceActor::Clerk,
                                               InvoiceStatus::Pending, InvoiceMedium::Electronic),
                 InvoiceStatus::Issued);
        QCOMPARE(InvoiceWorkflow::targetOfStep(InvoiceAction::Cancel, InvoiceActor::Buyer,
                                               InvoiceStatus::Pending, InvoiceMedium::Paper),
                 InvoiceStatus::Cancelled);
        QCOMPARE(InvoiceWorkflow::targetOfStep(InvoiceAction::Issue, InvoiceActor::Buyer,
                                               InvoiceStatus::Pending, InvoiceMedium::Paper),
                 std::nullopt);
    }

    void allowedActions_followTheTable()
    {
        QCOMPARE(InvoiceWorkflow::allowedActions(InvoiceStatus::Pending, InvoiceActor::Clerk),
                 (QList<InvoiceAction> {InvoiceAction::Start, InvoiceAction::MarkRefunded}));
        QCOMPARE(InvoiceWorkflow::allowedActions(InvoiceStatus::Pending, InvoiceActor::Buyer),
                 (QList<InvoiceAction> {InvoiceAction::Cancel}));
        QCOMPARE(InvoiceWorkflow::allowedActions(InvoiceStatus::Voided, InvoiceActor::Clerk),
                 QList<InvoiceAction>());
        QCOMPARE(InvoiceWorkflow::allowedActions(InvoiceStatus::ReturnPending, InvoiceActor::Clerk),
                 (QList<InvoiceAction> {InvoiceAction::RequireRedLetter, InvoiceAction::AcceptReturn,
                                        InvoiceAction::DeclineReturn}));
    }

    void heldAmounts()
    {
        for (InvoiceStatus status : enumValues<InvoiceStatus>()) {
            const bool givesBack = status == InvoiceStatus::Cancelled || status == InvoiceStatus::Refunded
                || status == InvoiceStatus::Voided;
            QCOMPARE(InvoiceWorkflow::holdsAmount(status), !givesBack);
        }
        QVERIFY(InvoiceWorkflow::awaitsIssue(InvoiceStatus::Failed));
        QVERIFY(!InvoiceWorkflow::awaitsIssue(InvoiceStatus::Mailing));
        QVERIFY(InvoiceWorkflow::awaitsReturnDecision(InvoiceStatus::AwaitingRedLetter));
        QVERIFY(!InvoiceWorkflow::awaitsReturnDecision(InvoiceStatus::Returning));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceWorkflow)
#include "tst_invoiceworkflow.moc"
