#include "contractfixture.h"
#include "contractrepository.h"
#include "contractservice.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "query.h"
#include "storageerror.h"

#include <QSignalSpy>
#include <QTest>

class TestContractService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        ContractFixture::write(m_fresh->database());
        m_service = std::make_unique<ContractService>(m_fresh->database());
    }
    void cleanup()
    {
        m_service.reset();
        m_fresh.reset();
    }

    void framework_goesFromDraftToEffective()
    {
        QSignalSpy changed(m_service.get(), &ContractService::changed);
        SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        auto detail = repository().detail(draft.contractId);
        QCOMPARE(detail->subState, ContractSubState::FillingIn);
        QVERIFY(detail->body.isEmpty());
        QVERIFY(detail->contractNo.startsWith(QStringLiteral("HT20261123-")));
        QCOMPARE(repository().partyA(draft.buyerId), draft.partyA);
        QCOMPARE(changed.size(), 1);

        draft.header = InvoiceFixture::header(1);
        draft.baseVersion = 1;
        draft.step = ContractSubState::ConfirmingSignature;
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        detail = repository().detail(draft.contractId);
        QCOMPARE(detail->subState, ContractSubState::ConfirmingSignature);
        QVERIFY(detail->body.contains(detail->contractNo));
        QVERIFY(detail->body.contains(QStringLiteral("上海星海贸易有限公司")));
        QVERIFY(detail->body.contains(QStringLiteral("杭州云栈科技有限公司")));

        const struct
        {
            ContractAction action;
            ContractSubState after;
        } steps[] = {
            {ContractAction::ConfirmSignature, ContractSubState::Generating},
            {ContractAction::FinishGenerating, ContractSubState::CustomerSigning},
            {ContractAction::CustomerSigns, ContractSubState::PlatformSigning},
            {ContractAction::PlatformSigns, ContractSubState::Effective},
        };
        int version = 2;
        for (const auto& step : steps) {
            const WriteOutcome outcome
                = m_service->move(ContractFixture::move(draft.contractId, version, step.action));
            QVERIFY2(outcome.kind == WriteOutcome::Kind::Done,
                     qPrintable(enumKey(step.action) + outcome.message));
            version = outcome.newVersion;
            QCOMPARE(repository().detail(draft.contractId)->subState, step.after);
        }
        detail = repository().detail(draft.contractId);
        QCOMPARE(detail->state(), ContractState::Effective);
        QVERIFY(detail->customerSignedAtMs);
        QVERIFY(detail->effectiveAtMs);
        QCOMPARE(auditCount(draft.contractId), 6);
    }

    void framework_isOnePerBuyerAndVendor()
    {
        const SaveContractDraft first = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(first).kind, WriteOutcome::Kind::Done);
        const SaveContractDraft second = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(fieldOf(m_service->saveDraft(second)), QStringLiteral("kind"));
        QCOMPARE(m_service
                     ->move(ContractFixture::move(first.contractId, 1, ContractAction::Void,
                                                  QStringLiteral("重拟")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(m_service->saveDraft(second).kind, WriteOutcome::Kind::Done);
    }

    void orderContract_needsAnEffectiveFramework()
    {
        const SaveContractDraft order = ContractFixture::draft(ContractKind::Order, {1001});
        QCOMPARE(fieldOf(m_service->saveDraft(order)), QStringLiteral("kind"));
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(framework).kind, WriteOutcome::Kind::Done);
        QCOMPARE(fieldOf(m_service->saveDraft(order)), QStringLiteral("kind"));
        QVERIFY(ContractFixture::makeEffective(*m_service, withVersion(framework, 1)) > 0);
        QCOMPARE(m_service->saveDraft(order).kind, WriteOutcome::Kind::Done);
        QCOMPARE(repository().detail(order.contractId)->frameworkNo,
                 repository().detail(framework.contractId)->contractNo);

        const SaveContractDraft filing = ContractFixture::draft(ContractKind::Filing, {1003});
        QCOMPARE(m_service->saveDraft(filing).kind, WriteOutcome::Kind::Done);
        SaveContractDraft noProject
            = ContractFixture::draft(ContractKind::Filing, {1004}, ContractSubState::ConfirmingText);
        noProject.filingProject.clear();
        QCOMPARE(fieldOf(m_service->saveDraft(noProject)), QStringLiteral("filingProject"));
    }

    void orders_refundOrdersKeepTheTotalAtLeastZero()
    {
        effectiveFramework();
        QCOMPARE(fieldOf(m_service->saveDraft(ContractFixture::draft(ContractKind::Order, {1001, 1006}))),
                 QStringLiteral("orders"));
        const SaveContractDraft order = ContractFixture::draft(ContractKind::Order, {1003, 1004, 1006},
                                                               ContractSubState::ConfirmingText);
        QCOMPARE(m_service->saveDraft(order).kind, WriteOutcome::Kind::Done);
        const auto detail = repository().detail(order.contractId);
        QCOMPARE(detail->total, Money::fromFen(10000));
        QCOMPARE(detail->lines.size(), 3);
        QCOMPARE(detail->lines.at(2).amount, Money::fromFen(-40000));
        QVERIFY(detail->body.contains(QStringLiteral("壹佰元整")));
        // Exactly zero is allowed.
        QCOMPARE(m_service->saveDraft(ContractFixture::draft(ContractKind::Order, {1001, 1002})).kind,
                 WriteOutcome::Kind::Done);
    }

    void orders_onlyPaidAndFree()
    {
        effectiveFramework();
        QCOMPARE(fieldOf(m_service->saveDraft(ContractFixture::draft(ContractKind::Order, {1005}))),
                 QStringLiteral("orders"));
        QCOMPARE(fieldOf(m_service->saveDraft(ContractFixture::draft(ContractKind::Order, {1001, 1001}))),
                 QStringLiteral("orders"));
        SaveContractDraft otherBuyer = ContractFixture::draft(ContractKind::Order, {1001});
        otherBuyer.buyerId = QLatin1String(InvoiceFixture::personalBuyerId);
        otherBuyer.seal = SealMethod::TwoSided;
        QCOMPARE(fieldOf(m_service->saveDraft(otherBuyer)), QStringLiteral("kind"));
    }

    void orders_areReleasedOnlyByVoidingAndDeleting()
    {
        effectiveFramework();
        const SaveContractDraft first = ContractFixture::draft(ContractKind::Order, {1001});
        QCOMPARE(m_service->saveDraft(first).kind, WriteOutcome::Kind::Done);
        const SaveContractDraft second = ContractFixture::draft(ContractKind::Order, {1001});
        QCOMPARE(fieldOf(m_service->saveDraft(second)), QStringLiteral("orders"));
        QCOMPARE(fieldOf(m_service->remove(deletion(first.contractId, 1))), QStringLiteral("state"));
        QCOMPARE(m_service
                     ->move(ContractFixture::move(first.contractId, 1, ContractAction::Void,
                                                  QStringLiteral("作废")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(fieldOf(m_service->saveDraft(second)), QStringLiteral("orders"));
        QCOMPARE(m_service->remove(deletion(first.contractId, 2)).kind, WriteOutcome::Kind::Done);
        QVERIFY(!repository().detail(first.contractId));
        QCOMPARE(m_service->saveDraft(second).kind, WriteOutcome::Kind::Done);
        QCOMPARE(auditCount(first.contractId), 3);
    }

    void framework_withContractsUnderItIsKept()
    {
        const QString framework = effectiveFramework();
        QCOMPARE(m_service->saveDraft(ContractFixture::draft(ContractKind::Order, {1001})).kind,
                 WriteOutcome::Kind::Done);
        const int version = repository().detail(framework)->version;
        QCOMPARE(m_service
                     ->move(ContractFixture::move(framework, version, ContractAction::Terminate,
                                                  QStringLiteral("合作结束")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(fieldOf(m_service->remove(deletion(framework, version + 1))), QStringLiteral("state"));
    }

    void individualBuyer_signsTwoSided()
    {
        SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        draft.buyerId = QLatin1String(InvoiceFixture::personalBuyerId);
        QCOMPARE(fieldOf(m_service->saveDraft(draft)), QStringLiteral("seal"));
        draft.seal = SealMethod::TwoSided;
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
    }

    void cancelSigning_onlyBeforeTheCustomerSigned()
    {
        const SaveContractDraft draft
            = ContractFixture::draft(ContractKind::Framework, {}, ContractSubState::ConfirmingSignature);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        QCOMPARE(m_service->move(ContractFixture::move(draft.contractId, 1, ContractAction::ConfirmSignature))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(m_service->move(ContractFixture::move(draft.contractId, 2, ContractAction::FinishGenerating))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(fieldOf(m_service->move(
                     ContractFixture::move(draft.contractId, 3, ContractAction::CancelSigning))),
                 QStringLiteral("reason"));
        QCOMPARE(m_service
                     ->move(ContractFixture::move(draft.contractId, 3, ContractAction::CancelSigning,
                                                  QStringLiteral("条款需修改")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(m_service->move(ContractFixture::move(draft.contractId, 4, ContractAction::FinishCancelling))
                     .kind,
                 WriteOutcome::Kind::Done);
        const auto detail = repository().detail(draft.contractId);
        QCOMPARE(detail->subState, ContractSubState::Voided);
        QCOMPARE(detail->stateReason, QStringLiteral("条款需修改"));

        const SaveContractDraft signedOne
            = ContractFixture::draft(ContractKind::Framework, {}, ContractSubState::ConfirmingSignature);
        QCOMPARE(m_service->saveDraft(signedOne).kind, WriteOutcome::Kind::Done);
        int version = 1;
        for (ContractAction action : {ContractAction::ConfirmSignature, ContractAction::FinishGenerating,
                                      ContractAction::CustomerSigns})
            version
                = m_service->move(ContractFixture::move(signedOne.contractId, version, action)).newVersion;
        QCOMPARE(fieldOf(m_service->move(ContractFixture::move(
                     signedOne.contractId, version, ContractAction::CancelSigning, QStringLiteral("晚了")))),
                 QStringLiteral("state"));
    }

    void text_isFixedOnceTheSignatureIsConfirmed()
    {
        SaveContractDraft draft
            = ContractFixture::draft(ContractKind::Framework, {}, ContractSubState::ConfirmingSignature);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        QCOMPARE(m_service->move(ContractFixture::move(draft.contractId, 1, ContractAction::ConfirmSignature))
                     .kind,
                 WriteOutcome::Kind::Done);
        draft.header = InvoiceFixture::header(5);
        draft.baseVersion = 2;
        draft.partyA.name = QStringLiteral("另一家公司");
        QCOMPARE(fieldOf(m_service->saveDraft(draft)), QStringLiteral("state"));
        // The database refuses the same change from any client.
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Query(m_fresh->database(),
                                       QStringLiteral("UPDATE contracts SET body = "
                                                      "'x' WHERE id = :id"))
                                     .bind(QStringLiteral(":id"), draft.contractId)
                                     .exec());
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            Query(m_fresh->database(), QStringLiteral("DELETE FROM contracts WHERE id = :id"))
                .bind(QStringLiteral(":id"), draft.contractId)
                .exec());
    }

    void draft_mayBeSavedHalfDoneWhileFillingIn()
    {
        const SaveContractDraft complete = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(complete).kind, WriteOutcome::Kind::Done);
        QCOMPARE(m_service
                     ->move(ContractFixture::move(complete.contractId, 1, ContractAction::Void,
                                                  QStringLiteral("x")))
                     .kind,
                 WriteOutcome::Kind::Done);
        SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        draft.partyA = {};
        draft.validFrom = QDate();
        draft.validUntil = QDate();
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        draft.header = InvoiceFixture::header(1);
        draft.baseVersion = 1;
        draft.step = ContractSubState::ConfirmingText;
        QCOMPARE(fieldOf(m_service->saveDraft(draft)), QStringLiteral("partyName"));
        QCOMPARE(repository().detail(draft.contractId)->subState, ContractSubState::FillingIn);
        // The buyer's saved details were not blanked by the half-done draft.
        QCOMPARE(repository().partyA(draft.buyerId), complete.partyA);
    }

    void draft_goesBackToFillingInAndForward()
    {
        SaveContractDraft draft
            = ContractFixture::draft(ContractKind::Framework, {}, ContractSubState::ConfirmingSignature);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        draft.header = InvoiceFixture::header(1);
        draft.baseVersion = 1;
        draft.step = ContractSubState::FillingIn;
        draft.partyA.contact = QStringLiteral("李四");
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        const auto detail = repository().detail(draft.contractId);
        QCOMPARE(detail->subState, ContractSubState::FillingIn);
        QVERIFY(detail->body.isEmpty());
        QCOMPARE(repository().partyA(draft.buyerId)->contact, QStringLiteral("李四"));
    }

    void paperCopies_onceForAnEffectiveContractWithAFixedAddress()
    {
        const QString id = effectiveFramework();
        const int version = repository().detail(id)->version;
        RequestPaperCopy request = paperCopy(id, version);
        request.copies = 3;
        QCOMPARE(fieldOf(m_service->requestPaperCopy(request)), QStringLiteral("copies"));
        request.copies = 2;
        QCOMPARE(m_service->requestPaperCopy(request).kind, WriteOutcome::Kind::Done);
        auto detail = repository().detail(id);
        QCOMPARE(detail->subState, ContractSubState::PaperCopyRequested);
        QCOMPARE(detail->paperCopies, 2);
        // Requested on Monday 23 November 2026 at 16:00 in China: due five working days later,
        // Monday 30 November at the same time.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*detail->paperDueAtMs, Qt::UTC),
                 QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));

        RequestPaperCopy again = paperCopy(id, version + 1);
        again.copies = 1;
        QCOMPARE(fieldOf(m_service->requestPaperCopy(again)), QStringLiteral("state"));
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            Query(m_fresh->database(),
                  QStringLiteral("UPDATE contracts SET paper_address = '北京' WHERE id = :id"))
                .bind(QStringLiteral(":id"), id)
                .exec());

        MoveContract mailed = ContractFixture::move(id, version + 1, ContractAction::RecordPaperMailing);
        QCOMPARE(fieldOf(m_service->move(mailed)), QStringLiteral("courier"));
        mailed.courier = QStringLiteral("顺丰速运");
        mailed.trackingNo = QStringLiteral("SF1234567890");
        QCOMPARE(m_service->move(mailed).kind, WriteOutcome::Kind::Done);
        detail = repository().detail(id);
        QCOMPARE(detail->subState, ContractSubState::PaperCopyMailed);
        QCOMPARE(detail->paperTrackingNo, QStringLiteral("SF1234567890"));
        QVERIFY(detail->paperMailedAtMs);
    }

    void paperCopies_mailedWithinTheConfiguredWorkingDays()
    {
        QVERIFY(m_fresh->setSetting(QStringLiteral("contract.paper_mail_working_days"), 2));
        const QString id = effectiveFramework();
        QCOMPARE(m_service->requestPaperCopy(paperCopy(id, repository().detail(id)->version)).kind,
                 WriteOutcome::Kind::Done);
        const auto detail = repository().detail(id);
        // Monday 23 November 2026 at 16:00 in China plus two working days.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*detail->paperDueAtMs, Qt::UTC),
                 QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
    }

    void paperCopies_notOfADraft()
    {
        const SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        QCOMPARE(fieldOf(m_service->requestPaperCopy(paperCopy(draft.contractId, 1))),
                 QStringLiteral("state"));
    }

    void staleVersion_isAConflictAndRetriesApplyOnce()
    {
        const SaveContractDraft draft
            = ContractFixture::draft(ContractKind::Framework, {}, ContractSubState::ConfirmingSignature);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::AlreadyApplied);
        const MoveContract confirm
            = ContractFixture::move(draft.contractId, 1, ContractAction::ConfirmSignature);
        QCOMPARE(m_service->move(confirm).kind, WriteOutcome::Kind::Done);
        QCOMPARE(m_service->move(confirm).kind, WriteOutcome::Kind::AlreadyApplied);
        QCOMPARE(m_service->move(ContractFixture::move(draft.contractId, 1, ContractAction::FinishGenerating))
                     .kind,
                 WriteOutcome::Kind::Conflict);
        QCOMPARE(repository().detail(draft.contractId)->version, 2);
    }

    void invalidSave_writesNothing()
    {
        effectiveFramework();
        const int before = contractCount();
        SaveContractDraft bad = ContractFixture::draft(ContractKind::Order, {1001, 1006});
        QCOMPARE(m_service->saveDraft(bad).kind, WriteOutcome::Kind::Invalid);
        bad = ContractFixture::draft(ContractKind::Order, {1001});
        bad.partyA.phone = QStringLiteral("12");
        QCOMPARE(fieldOf(m_service->saveDraft(bad)), QStringLiteral("partyPhone"));
        QCOMPARE(contractCount(), before);
    }

private:
    ContractRepository repository() { return ContractRepository(m_fresh->database()); }

    static QString fieldOf(const WriteOutcome& outcome)
    {
        if (outcome.kind != WriteOutcome::Kind::Invalid || outcome.fieldErrors.isEmpty())
            return QStringLiteral("(not invalid: %1)").arg(outcome.message);
        return outcome.fieldErrors.first().field;
    }

    static SaveContractDraft withVersion(SaveContractDraft draft, int version)
    {
        draft.header = InvoiceFixture::header(2);
        draft.baseVersion = version;
        return draft;
    }

    static DeleteContract deletion(const QString& id, int version)
    {
        return {InvoiceFixture::header(30), id, version};
    }

    static RequestPaperCopy paperCopy(const QString& id, int version)
    {
        RequestPaperCopy command;
        command.header = InvoiceFixture::header(6 * 60);
        command.contractId = id;
        command.baseVersion = version;
        command.recipient = QStringLiteral("张三");
        command.phone = QStringLiteral("13900001111");
        command.address = QStringLiteral("上海市浦东新区世纪大道100号");
        command.postcode = QStringLiteral("200120");
        return command;
    }

    /// An effective framework contract of the enterprise buyer; returns its id.
    QString effectiveFramework()
    {
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        if (ContractFixture::makeEffective(*m_service, framework) == 0)
            qFatal("the framework contract did not become effective");
        return framework.contractId;
    }

    int auditCount(const QString& id)
    {
        Query query(m_fresh->database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contract' "
                                   "AND entity_id = :id"));
        query.bind(QStringLiteral(":id"), id).exec();
        query.next();
        return query.value(0).toInt();
    }

    int contractCount()
    {
        Query query(m_fresh->database(), QStringLiteral("SELECT COUNT(*) FROM contracts"));
        query.exec();
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<ContractService> m_service;
};

QTEST_GUILESS_MAIN(TestContractService)
#include "tst_contractservice.moc"
