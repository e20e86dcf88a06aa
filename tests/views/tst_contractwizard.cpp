#include "conflictanswer.h"
#include "contractfixture.h"
#include "contractorderpickmodel.h"
#include "contractrepository.h"
#include "contractservice.h"
#include "contractspage.h"
#include "contractwizard.h"
#include "database.h"
#include "documentpdf.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "pagedtablemodel.h"
#include "papercopydialog.h"
#include "requestpapercopy.h"
#include "workflowsteps.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class TestContractWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        QLocale::setDefault(QLocale::c());
        OPEN_FRESH_DATABASE(m_fresh);
        ContractFixture::write(m_fresh->database());
        m_clock = std::make_unique<FixedClock>(InvoiceFixture::now());
        m_service = std::make_unique<ContractService>(m_fresh->database());
    }
    void cleanup()
    {
        m_service.reset();
        m_fresh.reset();
    }

    void framework_isDraftedStepByStepAndSentForSigning()
    {
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        wizard.restart();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TypePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TypePage));
        QVERIFY(!wizard.problemsLabel()->text().isEmpty());
        chooseBuyer(wizard, QStringLiteral("C880001"));
        wizard.kindButton(ContractKind::Framework)->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::SealPage));
        QVERIFY(wizard.sealButton(SealMethod::OneSided)->isEnabled());
        wizard.next();
        // A framework contract lists no orders: straight to party A, pre-filled with the buyer's name.
        QCOMPARE(wizard.currentId(), int(ContractWizard::PartyPage));
        QCOMPARE(wizard.partyEdit(QStringLiteral("partyName"))->text(),
                 QStringLiteral("上海星海贸易有限公司"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::PartyPage));
        QVERIFY(!wizard.partyEdit(QStringLiteral("partyPhone"))->toolTip().isEmpty());
        wizard.partyEdit(QStringLiteral("partyAddress"))
            ->setText(QStringLiteral("上海市浦东新区世纪大道100号"));
        wizard.partyEdit(QStringLiteral("partyContact"))->setText(QStringLiteral("张三"));
        wizard.partyEdit(QStringLiteral("partyPhone"))->setText(QStringLiteral("13900001111"));
        wizard.partyEdit(QStringLiteral("partyEmail"))->setText(QStringLiteral("legal@xinghai.example.cn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TextPage));
        const QString text = wizard.textView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("云市场服务框架合同")));
        QVERIFY(text.contains(QStringLiteral("世纪大道100号")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TextPage));
        wizard.textConfirmation()->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::SignPage));
        wizard.accept();
        QVERIFY(!repository().detail(wizard.contractId()));
        wizard.signingConfirmation()->setChecked(true);
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const auto contract = repository().detail(wizard.contractId());
        QCOMPARE(contract->subState, ContractSubState::CustomerSigning);
        QCOMPARE(contract->seal, SealMethod::OneSided);
        QVERIFY(contract->body.contains(contract->contractNo));
        QCOMPARE(repository().partyA(QLatin1String(InvoiceFixture::buyerId))->contact,
                 QStringLiteral("张三"));
    }

    void orderContract_picksOrders_savesADraft_andResumesAtItsStep()
    {
        QVERIFY(ContractFixture::makeEffective(*m_service, ContractFixture::draft(ContractKind::Framework))
                > 0);
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        wizard.restart();
        chooseBuyer(wizard, QStringLiteral("C880001"));
        wizard.kindButton(ContractKind::Order)->setChecked(true);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::OrdersPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::OrdersPage));
        ContractOrderPickModel* orders = wizard.orderModel();
        for (int row = 0; row < orders->rowCount(); ++row) {
            const QString orderNo = orders->index(row, 0).data().toString();
            if (orderNo == QStringLiteral("1003") || orderNo == QStringLiteral("1004"))
                QVERIFY(orders->setData(orders->index(row, 0), Qt::Checked, Qt::CheckStateRole));
        }
        for (int row = 0; row < orders->rowCount(); ++row) {
            if (orders->index(row, 0).data().toString() == QStringLiteral("1006"))
                QVERIFY(orders->setData(orders->index(row, 0), Qt::Checked, Qt::CheckStateRole));
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::PartyPage));
        // Pre-filled from the details saved with the framework contract.
        QCOMPARE(wizard.partyEdit(QStringLiteral("partyEmail"))->text(),
                 QStringLiteral("legal@xinghai.example.cn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TextPage));
        QVERIFY(wizard.textView()->toPlainText().contains(QStringLiteral("壹佰元整")));
        QVERIFY(wizard.saveDraft());
        auto saved = repository().detail(wizard.contractId());
        QCOMPARE(saved->subState, ContractSubState::ConfirmingText);
        QCOMPARE(saved->total, Money::fromFen(10000));

        ContractWizard resumed(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"), saved);
        resumed.show();
        QCOMPARE(resumed.currentId(), int(ContractWizard::TextPage));
        QVERIFY(resumed.textView()->toPlainText().contains(saved->contractNo));
        resumed.back();
        QCOMPARE(resumed.currentId(), int(ContractWizard::PartyPage));
        resumed.back();
        QCOMPARE(resumed.currentId(), int(ContractWizard::OrdersPage));
        QCOMPARE(resumed.orderModel()->checkedIds().size(), 3);
        resumed.next();
        resumed.next();
        resumed.textConfirmation()->setChecked(true);
        resumed.next();
        resumed.signingConfirmation()->setChecked(true);
        resumed.accept();
        QCOMPARE(repository().detail(wizard.contractId())->subState, ContractSubState::CustomerSigning);
    }

    /// The notes under the pages belong to the wizard from the start: a wizard closed before it
    /// was shown leaked them.
    void notesUnderThePages_belongToTheWizardBeforeItShows()
    {
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        QVERIFY(wizard.findChildren<QLabel*>().contains(wizard.problemsLabel()));
    }

    void draft_savedByBothClients_keepsTheirsPlusMyOtherFields()
    {
        const SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        const auto opened = repository().detail(draft.contractId);
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"), opened);

        // Another client corrects the address and the phone meanwhile.
        SaveContractDraft theirs = draft;
        theirs.partyA.address = QStringLiteral("杭州市西湖区文三路 1 号");
        theirs.partyA.phone = QStringLiteral("0571-88880000");
        QVERIFY(savedByAnotherClient(theirs, opened->version));

        // Here the contact and the phone (a collision) are changed.
        wizard.partyEdit(QStringLiteral("partyContact"))->setText(QStringLiteral("李四"));
        wizard.partyEdit(QStringLiteral("partyPhone"))->setText(QStringLiteral("13900002222"));
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            QVERIFY(!wizard.saveDraft());
            QCOMPARE(answer.unexpected(), QStringList());
            QCOMPARE(answer.rows(), 13);
            QCOMPARE(answer.collisions(), QStringList {QStringLiteral("partyPhone")});
        }
        QCOMPARE(wizard.partyEdit(QStringLiteral("partyAddress"))->text(), theirs.partyA.address);
        QCOMPARE(wizard.partyEdit(QStringLiteral("partyPhone"))->text(), theirs.partyA.phone);
        QCOMPARE(wizard.partyEdit(QStringLiteral("partyContact"))->text(), QStringLiteral("李四"));
        QVERIFY(!wizard.problemsLabel()->text().isEmpty());

        QVERIFY(wizard.saveDraft());
        const auto saved = repository().detail(draft.contractId);
        QCOMPARE(saved->version, opened->version + 2);
        QCOMPARE(saved->partyA.contact, QStringLiteral("李四"));
        QCOMPARE(saved->partyA.phone, theirs.partyA.phone);
        QCOMPARE(saved->partyA.address, theirs.partyA.address);
    }

    void contractStep_isAppliedToTheirDraft_unlessTheyMovedItOn()
    {
        const SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        ContractRepository contracts(m_fresh->database());
        const auto opened = contracts.detail(draft.contractId);
        SaveContractDraft theirs = draft;
        theirs.partyA.address = QStringLiteral("杭州市西湖区文三路 1 号");
        QVERIFY(savedByAnotherClient(theirs, opened->version));

        // Their edit leaves the status alone: voiding goes on from their version.
        MoveContract voiding = ContractFixture::move(draft.contractId, opened->version, ContractAction::Void,
                                                     QStringLiteral("重复录入"));
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            const StepSaver::Result result
                = WorkflowSteps::save(voiding, *opened, contracts, *m_service, *m_clock, nullptr);
            QCOMPARE(answer.unexpected(), QStringList());
            QVERIFY(answer.mergeAllowed());
            QVERIFY(result.outcome.succeeded());
        }
        const auto voided = contracts.detail(draft.contractId);
        QCOMPARE(voided->subState, ContractSubState::Voided);
        QCOMPARE(voided->partyA.address, theirs.partyA.address);

        // Voiding again from the version first opened: their status no longer allows it.
        MoveContract again = ContractFixture::move(draft.contractId, opened->version, ContractAction::Void,
                                                   QStringLiteral("重复录入"));
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        QCOMPARE(WorkflowSteps::save(again, *opened, contracts, *m_service, *m_clock, nullptr).next,
                 StepSaver::Next::Stay);
        QCOMPARE(answer.collisions(), QStringList {QStringLiteral("status")});
    }

    void orderContract_withoutAnEffectiveFramework_staysOnTheFirstPage()
    {
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        wizard.restart();
        chooseBuyer(wizard, QStringLiteral("C880001"));
        wizard.kindButton(ContractKind::Filing)->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::TypePage));
        QVERIFY(wizard.problemsLabel()->text().contains(QStringLiteral("framework")));
    }

    void closing_asksBeforeLosingAnUnsavedContract()
    {
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        wizard.show();
        chooseBuyer(wizard, QStringLiteral("C880001"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::SealPage));
        answerNextQuestion(QMessageBox::Cancel);
        wizard.reject();
        QVERIFY(wizard.isVisible());
        answerNextQuestion(QMessageBox::Close);
        wizard.reject();
        QVERIFY(!wizard.isVisible());

        ContractWizard untouched(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        untouched.show();
        untouched.reject(); // nothing to lose on the first page: no question
        QVERIFY(!untouched.isVisible());
    }

    void individualBuyer_getsTwoSidedWithoutAChoice()
    {
        ContractWizard wizard(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        wizard.restart();
        chooseBuyer(wizard, QStringLiteral("C880002"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ContractWizard::SealPage));
        QVERIFY(wizard.sealButton(SealMethod::TwoSided)->isChecked());
        QVERIFY(!wizard.sealButton(SealMethod::OneSided)->isEnabled());
    }

    void page_offersTheMovesOfTheState_andPaperCopies()
    {
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        const int version = ContractFixture::makeEffective(*m_service, framework);
        QVERIFY(version > 0);
        ContractsPage page(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        page.setInteractive(false);
        page.resize(1300, 700);
        page.show();
        page.activate();
        QCOMPARE(page.model()->rowCount(), 1);
        page.tableView()->selectRow(0);
        QVERIFY(page.actionFor(ContractAction::RequestPaperCopy)->isEnabled());
        QVERIFY(page.actionFor(ContractAction::Terminate)->isEnabled());
        QVERIFY(!page.actionFor(ContractAction::CancelSigning)->isEnabled());
        QVERIFY(!page.actionFor(ContractAction::Void)->isEnabled());
        QVERIFY(!page.deleteAction()->isEnabled());
        QVERIFY(!page.resumeDraftAction()->isEnabled());
        QVERIFY(page.savePdfAction()->isEnabled());
        QVERIFY(page.textView()->toPlainText().contains(QStringLiteral("框架合同")));

        ContractRepository contracts = repository();
        const auto detail = contracts.detail(framework.contractId);
        PaperCopyDialog dialog(*detail, contracts, *m_service, BusinessRules(), *m_clock,
                               QStringLiteral("王芳"));
        dialog.setConfirmationAsked(false);
        dialog.copiesBox()->setValue(2);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // no postcode yet
        dialog.postcodeEdit()->setText(QStringLiteral("200120"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!page.actionFor(ContractAction::RequestPaperCopy)->isEnabled());
        QVERIFY(page.actionFor(ContractAction::RecordPaperMailing)->isEnabled());

        QVERIFY(page.perform(ContractAction::Terminate, QStringLiteral("合作结束")));
        QCOMPARE(page.model()->data(page.model()->index(0, ContractRepository::State)).toString(),
                 QStringLiteral("Terminated"));
        QVERIFY(!page.perform(ContractAction::Terminate, QStringLiteral("again")));
    }

    void paperCopies_requestedByBothClients_showsTheirsAndKeepsMine()
    {
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        QVERIFY(ContractFixture::makeEffective(*m_service, framework) > 0);
        ContractRepository contracts = repository();
        const auto opened = contracts.detail(framework.contractId);
        PaperCopyDialog dialog(*opened, contracts, *m_service, BusinessRules(), *m_clock,
                               QStringLiteral("王芳"));
        dialog.setConfirmationAsked(false);
        dialog.copiesBox()->setValue(2);
        dialog.postcodeEdit()->setText(QStringLiteral("200120"));

        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(other, qPrintable(error));
        RequestPaperCopy theirs;
        theirs.header = InvoiceFixture::header(6);
        theirs.contractId = framework.contractId;
        theirs.baseVersion = opened->version;
        theirs.recipient = QStringLiteral("李娜");
        theirs.phone = QStringLiteral("13812345678");
        theirs.address = QStringLiteral("上海市浦东新区世纪大道 100 号");
        theirs.postcode = QStringLiteral("200120");
        QCOMPARE(ContractService(*other).requestPaperCopy(theirs).kind, WriteOutcome::Kind::Done);

        // Paper copies are requested once: merging is not offered and what was typed stays.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Merge);
            dialog.accept();
            QCOMPARE(answer.unexpected(), QStringList());
            QVERIFY(!answer.mergeAllowed());
            QCOMPARE(answer.collisions(),
                     (QStringList {QStringLiteral("status"), QStringLiteral("paper_copies"),
                                   QStringLiteral("paper_to")}));
        }
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(dialog.copiesBox()->value(), 2);
        {
            const ConflictAnswer answer(ConflictDialog::Choice::Reload);
            dialog.accept();
        }
        QCOMPARE(rejected.count(), 1);
        const auto stored = contracts.detail(framework.contractId);
        QCOMPARE(stored->paperCopies, 1);
        QCOMPARE(stored->paperRecipient, QStringLiteral("李娜"));
    }

    void page_deletesAVoidedDraft()
    {
        const SaveContractDraft draft = ContractFixture::draft(ContractKind::Framework);
        QCOMPARE(m_service->saveDraft(draft).kind, WriteOutcome::Kind::Done);
        ContractsPage page(m_fresh->database(), *m_service, *m_clock, QStringLiteral("王芳"));
        page.setInteractive(false);
        page.show();
        page.activate();
        page.tableView()->selectRow(0);
        QVERIFY(page.resumeDraftAction()->isEnabled());
        QVERIFY(!page.savePdfAction()->isEnabled());
        QVERIFY(!page.deleteSelected());
        QVERIFY(page.perform(ContractAction::Void, QStringLiteral("重拟")));
        QVERIFY(page.deleteAction()->isEnabled());
        QVERIFY(page.deleteSelected());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void pdf_putsTheNumberOnEveryPage()
    {
        QString longText;
        for (int i = 0; i < 200; ++i)
            longText += QStringLiteral("<p>第%1条　双方约定的事项。</p>").arg(i);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("HT.pdf"));
        QVERIFY(DocumentPdf(QStringLiteral("HT20261123-0A1B2C3D"), longText).write(path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QPdfWriter writer(folder.filePath(QStringLiteral("count.pdf")));
        const int pages = DocumentPdf(QStringLiteral("HT20261123-0A1B2C3D"), longText).paint(writer);
        QVERIFY(pages > 1);
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
                 qsizetype(pages));
    }

private:
    ContractRepository repository() { return ContractRepository(m_fresh->database()); }

    /// Presses `button` in the next message box that opens.
    /// Saves `theirs` on `baseVersion` through a second connection, as another client would.
    bool savedByAnotherClient(SaveContractDraft theirs, int baseVersion)
    {
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        if (!other)
            return false;
        theirs.header = InvoiceFixture::header(5);
        theirs.baseVersion = baseVersion;
        return ContractService(*other).saveDraft(theirs).kind == WriteOutcome::Kind::Done;
    }

    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    }

    static void chooseBuyer(ContractWizard& wizard, const QString& customerNo)
    {
        wizard.customerEdit()->setText(customerNo);
        emit wizard.customerEdit()->editingFinished();
        wizard.vendorBox()->setCurrentIndex(
            wizard.vendorBox()->findData(QLatin1String(InvoiceFixture::vendorId)));
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ContractService> m_service;
};

QTEST_MAIN(TestContractWizard)
#include "tst_contractwizard.moc"
