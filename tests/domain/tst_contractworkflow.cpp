#include "contractworkflow.h"
#include "movecontract.h"

#include <QTest>

/// The SPEC 6 table, written out independently of ContractWorkflow::table(): every allowed move as
/// "action from → to". Everything not listed must be refused.
static const QStringList allowedMoves {
    QStringLiteral("submit_details filling_in → confirming_text"),
    QStringLiteral("revise_details confirming_text → filling_in"),
    QStringLiteral("revise_details confirming_signature → filling_in"),
    QStringLiteral("confirm_text confirming_text → confirming_signature"),
    QStringLiteral("confirm_signature confirming_signature → generating"),
    QStringLiteral("finish_generating generating → customer_signing"),
    QStringLiteral("customer_signs customer_signing → platform_signing"),
    QStringLiteral("cancel_signing customer_signing → cancelling"),
    QStringLiteral("finish_cancelling cancelling → voided"),
    QStringLiteral("platform_signs platform_signing → effective"),
    QStringLiteral("request_paper_copy effective → paper_copy_requested"),
    QStringLiteral("record_paper_mailing paper_copy_requested → paper_copy_mailed"),
    QStringLiteral("void filling_in → voided"),
    QStringLiteral("void confirming_text → voided"),
    QStringLiteral("void confirming_signature → voided"),
    QStringLiteral("void generating → voided"),
    QStringLiteral("terminate effective → terminated"),
    QStringLiteral("terminate paper_copy_requested → terminated"),
    QStringLiteral("terminate paper_copy_mailed → terminated"),
};

class TestContractWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void everyMove_matchesTheSpec()
    {
        QStringList found;
        for (ContractAction action : enumValues<ContractAction>()) {
            for (ContractSubState from : enumValues<ContractSubState>()) {
                if (const auto to = ContractWorkflow::target(action, from))
                    found << QStringLiteral("%1 %2 → %3").arg(enumKey(action), enumKey(from), enumKey(*to));
            }
        }
        QCOMPARE(found, allowedMoves);
    }

    void forbiddenMoves_areRefused_data()
    {
        QTest::addColumn<ContractAction>("action");
        QTest::addColumn<ContractSubState>("from");
        for (ContractAction action : enumValues<ContractAction>()) {
            for (ContractSubState from : enumValues<ContractSubState>()) {
                const QString prefix = QStringLiteral("%1 %2 →").arg(enumKey(action), enumKey(from));
                if (std::none_of(allowedMoves.cbegin(), allowedMoves.cend(),
                                 [&prefix](const QString& move) { return move.startsWith(prefix); }))
                    QTest::addRow("%s from %s", qPrintable(enumKey(action)), qPrintable(enumKey(from)))
                        << action << from;
            }
        }
    }
    void forbiddenMoves_areRefused()
    {
        QFETCH(ContractAction, action);
        QFETCH(ContractSubState, from);
        QVERIFY(!ContractWorkflow::target(action, from));
        QVERIFY(!ContractWorkflow::allowedActions(from).contains(action));
    }

    void cancelSigning_onlyBeforeTheCustomerSigned()
    {
        QVERIFY(ContractWorkflow::target(ContractAction::CancelSigning, ContractSubState::CustomerSigning));
        QVERIFY(!ContractWorkflow::target(ContractAction::CancelSigning, ContractSubState::PlatformSigning));
    }

    void subStates_belongToTheirState()
    {
        const QList<std::pair<ContractSubState, ContractState>> expected {
            {ContractSubState::FillingIn, ContractState::Draft},
            {ContractSubState::ConfirmingText, ContractState::Draft},
            {ContractSubState::ConfirmingSignature, ContractState::Draft},
            {ContractSubState::Generating, ContractState::Draft},
            {ContractSubState::CustomerSigning, ContractState::Signing},
            {ContractSubState::Cancelling, ContractState::Signing},
            {ContractSubState::PlatformSigning, ContractState::Signing},
            {ContractSubState::Effective, ContractState::Effective},
            {ContractSubState::PaperCopyRequested, ContractState::Effective},
            {ContractSubState::PaperCopyMailed, ContractState::Effective},
            {ContractSubState::Voided, ContractState::Voided},
            {ContractSubState::Terminated, ContractState::Terminated},
        };
        QCOMPARE(qsizetype(expected.size()), qsizetype(enumValues<ContractSubState>().size()));
        for (const auto& [subState, state] : expected)
            QCOMPARE(ContractWorkflow::stateOf(subState), state);
    }

    void editing_andDeleting_dependOnTheSubState()
    {
        for (ContractSubState subState : enumValues<ContractSubState>()) {
            const bool editable = subState == ContractSubState::FillingIn
                || subState == ContractSubState::ConfirmingText
                || subState == ContractSubState::ConfirmingSignature;
            QCOMPARE(ContractWorkflow::isEditable(subState), editable);
            QCOMPARE(ContractWorkflow::canDelete(subState), subState == ContractSubState::Voided);
        }
    }

    void moveCommand_checksReasonsAndMailing()
    {
        MoveContract command;
        command.action = ContractAction::Void;
        QCOMPARE(command.validate().value(0).field, QStringLiteral("reason"));
        command.reason = QStringLiteral("  重新起草  ");
        QVERIFY(command.validate().isEmpty());
        command.action = ContractAction::RecordPaperMailing;
        QCOMPARE(command.validate().size(), 2);
        command.courier = QStringLiteral("顺丰速运");
        command.trackingNo = QStringLiteral("SF1234567890");
        QVERIFY(command.validate().isEmpty());
        command.action = ContractAction::RequestPaperCopy;
        QCOMPARE(command.validate().value(0).field, QStringLiteral("action"));
        const MoveContract back = MoveContract::fromJson(command.toJson());
        QCOMPARE(back.action, command.action);
        QCOMPARE(back.reason, command.reason);
    }
};

QTEST_APPLESS_MAIN(TestContractWorkflow)
#include "tst_contractworkflow.moc"
