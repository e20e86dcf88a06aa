#include "contractspage.h"

#include "clock.h"
#include "contractlistmodel.h"
#include "contractservice.h"
#include "contractwizard.h"
#include "detailpane.h"
#include "documentpdf.h"
#include "domaintext.h"
#include "editsession.h"
#include "filterheader.h"
#include "invoicerequestrepository.h"
#include "papercopydialog.h"
#include "papermailingdialog.h"
#include "permissiongate.h"
#include "rowmenu.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUuid>

ContractsPage::ContractsPage(Database& database, ContractService& service, const Clock& clock,
                             const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("contracts"), new ContractListModel(database, clock), parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_repository(database)
    , m_text(new QTextBrowser)
{
    showEditors(database, clock, QStringLiteral("contract"), actor);
    enableSearch(tr("Search contract number, customer, party A or vendor"));
    setEmptyText(tr("No contracts yet. Draw one up with New contract…."));
    filterHeader()->resizeSection(ContractRepository::ContractNo, 180);
    filterHeader()->resizeSection(ContractRepository::Seal, 170);
    filterHeader()->resizeSection(ContractRepository::Validity, 190);
    filterHeader()->resizeSection(ContractRepository::State, 90);
    filterHeader()->adjustPositions();
    m_text->setObjectName(QStringLiteral("contractText"));
    addDetailTab(m_text, tr("Text"));

    QToolBar* bar = toolBar();
    m_new = bar->addAction(tr("New contract…"), this, [this] { openWizard(false); });
    m_new->setShortcut(QKeySequence::New);
    m_resume = bar->addAction(tr("Continue draft…"), this, [this] { openWizard(true); });
    m_resume->setShortcut(Qt::CTRL | Qt::Key_E);
    PermissionGate::require(m_new, QLatin1String(Permissions::contractManage));
    PermissionGate::require(m_resume, QLatin1String(Permissions::contractManage));

    auto* signing = new QMenu(tr("Signing"), this);
    addMove(signing, ContractAction::FinishGenerating, tr("Finish generating"));
    addMove(signing, ContractAction::CustomerSigns, tr("Customer signed"))->setShortcut(Qt::CTRL | Qt::Key_K);
    addMove(signing, ContractAction::CancelSigning, tr("Cancel signing…"));
    addMove(signing, ContractAction::FinishCancelling, tr("Confirm the cancellation"));
    addMove(signing, ContractAction::PlatformSigns, tr("Platform signed"))->setShortcut(Qt::CTRL | Qt::Key_L);
    addMenuButton(signing);

    auto* paper = new QMenu(tr("Paper copies"), this);
    addMove(paper, ContractAction::RequestPaperCopy, tr("Request paper copies…"));
    addMove(paper, ContractAction::RecordPaperMailing, tr("Paper copies mailed…"));
    addMenuButton(paper);

    auto* contract = new QMenu(tr("Contract"), this);
    addMove(contract, ContractAction::Void, tr("Void…"));
    addMove(contract, ContractAction::Terminate, tr("Terminate…"));
    m_delete = contract->addAction(tr("Delete…"), this, &ContractsPage::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    PermissionGate::require(m_delete, QLatin1String(Permissions::contractManage));
    contract->addSeparator();
    m_savePdf = contract->addAction(tr("Save as PDF…"), this, &ContractsPage::savePdf);
    m_savePdf->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_print = contract->addAction(tr("Print…"), this, &ContractsPage::print);
    m_print->setShortcut(QKeySequence::Print);
    addMenuButton(contract);
    rowMenu()->addGroup({m_resume});
    for (QMenu* menu : {signing, paper, contract}) {
        for (QAction* action : menu->actions())
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addActions(menu->actions());
        rowMenu()->addGroup(menu->actions(), menu->title());
    }
    for (QAction* action : {m_new, m_resume})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // Enter (or a double-click) on a draft goes on with it, as Ctrl+E does.
    connect(tableView(), &QTableView::activated, this, [this] {
        if (m_resume->isEnabled())
            openWizard(true);
    });
    connect(&m_service, &ContractService::changed, this, [this](const QString&, const QStringList& ids) {
        model()->refreshRows(ids);
        refreshDetail();
    });
    updateActions();
}

QAction* ContractsPage::addMove(QMenu* menu, ContractAction action, const QString& text)
{
    QAction* move = menu->addAction(text, this, [this, action] {
        if (action == ContractAction::RequestPaperCopy)
            requestPaperCopy();
        else if (action == ContractAction::RecordPaperMailing)
            recordMailing();
        else
            askAndPerform(action);
    });
    m_moves.insert(int(action), move);
    PermissionGate::require(move, QLatin1String(Permissions::contractManage));
    return move;
}

void ContractsPage::updateActions()
{
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
        it.value()->setEnabled(m_current
                               && ContractWorkflow::target(ContractAction(it.key()), m_current->subState));
    m_resume->setEnabled(m_current && ContractWorkflow::isEditable(m_current->subState));
    m_delete->setEnabled(m_current && ContractWorkflow::canDelete(m_current->subState));
    m_savePdf->setEnabled(m_current && !m_current->body.isEmpty());
    m_print->setEnabled(m_current && !m_current->body.isEmpty());
}

void ContractsPage::showDetail(const QString& id)
{
    try {
        m_current = m_repository.detail(id);
    } catch (const StorageError& error) {
        m_current.reset();
        detailPane()->showMessage(tr("The contract could not be read: %1").arg(error.userMessage()));
    }
    updateActions();
    if (!m_current) {
        m_text->clear();
        return;
    }
    const auto& c = *m_current;
    const QLocale locale;
    QList<std::pair<QString, QString>> rows {
        {tr("State"),
         QStringLiteral("%1 · %2").arg(DomainText::name(c.state()), DomainText::name(c.subState))},
        {tr("Type"), DomainText::name(c.kind)},
        {tr("Seal method"), DomainText::name(c.seal)},
        {tr("Buyer"), QStringLiteral("%1 (%2)").arg(c.buyer.name, c.buyer.customerNo)},
        {tr("Vendor (party B)"), c.vendor.name},
        {tr("Party A"),
         QStringLiteral("%1\n%2\n%3 %4 %5")
             .arg(c.partyA.name, c.partyA.address, c.partyA.contact, c.partyA.phone, c.partyA.email)},
        {tr("Validity"),
         QStringLiteral("%1 – %2").arg(c.validFrom.toString(Qt::ISODate),
                                       c.validUntil.toString(Qt::ISODate))},
        {tr("Applied at"), tr("%1 by %2").arg(DomainText::localTime(c.createdAtMs), c.createdBy)},
    };
    if (!c.frameworkNo.isEmpty())
        rows.append({tr("Framework contract"), c.frameworkNo});
    if (!c.filingProject.isEmpty())
        rows.append({tr("Project filed"), c.filingProject});
    if (!c.lines.isEmpty()) {
        QStringList lines;
        for (const ContractDocument::Line& line : c.lines)
            lines << QStringLiteral("%1  %2  %3")
                         .arg(line.orderNo, line.productName, line.amount.format(locale));
        rows.append({tr("Orders"), lines.join(QLatin1Char('\n'))});
        rows.append({tr("Total"), c.total.format(locale)});
    }
    if (c.customerSignedAtMs)
        rows.append({tr("Customer signed"), DomainText::localTime(*c.customerSignedAtMs)});
    if (c.effectiveAtMs)
        rows.append({tr("Effective since"), DomainText::localTime(*c.effectiveAtMs)});
    if (c.endedAtMs)
        rows.append({c.subState == ContractSubState::Terminated ? tr("Terminated at") : tr("Voided at"),
                     DomainText::localTime(*c.endedAtMs)});
    if (!c.stateReason.isEmpty())
        rows.append({tr("Reason"), c.stateReason});
    if (c.paperRequestedAtMs) {
        rows.append({tr("Paper copies"),
                     tr("%n copy(ies) to %1 %2, %3 %4", nullptr, c.paperCopies)
                         .arg(c.paperRecipient, c.paperPhone, c.paperAddress, c.paperPostcode)});
        if (c.paperMailedAtMs)
            rows.append(
                {tr("Mailed"),
                 tr("%1, %2 %3")
                     .arg(DomainText::localTime(*c.paperMailedAtMs), c.paperCourier, c.paperTrackingNo)});
        else if (c.paperDueAtMs)
            rows.append({tr("Mail by"),
                         QStringLiteral("%1 (%2)").arg(
                             DomainText::localTime(*c.paperDueAtMs),
                             DomainText::timeLeft(*c.paperDueAtMs, m_clock.nowUtc().toMSecsSinceEpoch()))});
    }
    detailPane()->setRows(tr("Contract %1").arg(c.contractNo), rows);
    if (c.body.isEmpty())
        m_text->setPlainText(tr("The text is generated once the details are filled in."));
    else
        m_text->setHtml(c.body);
}

void ContractsPage::openWizard(bool resume)
{
    if (resume && !(m_current && ContractWorkflow::isEditable(m_current->subState)))
        return;
    std::optional<EditSession> editing;
    if (resume)
        editing.emplace(m_database, QStringLiteral("contract"), m_current->id, m_actor, m_clock.nowUtc());
    ContractWizard wizard(m_database, m_service, m_clock, m_actor, resume ? m_current : std::nullopt, this);
    wizard.exec();
    // A new contract is not among the loaded rows: read the list again.
    if (!resume)
        model()->reload();
}

bool ContractsPage::report(const WriteOutcome& outcome)
{
    if (outcome.succeeded())
        return true;
    QString message = outcome.message;
    for (const FieldError& error : outcome.fieldErrors)
        message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + error.message;
    if (m_interactive)
        QMessageBox::warning(this, tr("Contracts"), message);
    return false;
}

void ContractsPage::askAndPerform(ContractAction action)
{
    if (!m_current)
        return;
    QString reason;
    if (ContractWorkflow::needsReason(action)) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, DomainText::name(action),
                                                tr("Why (%1)?").arg(m_current->contractNo), QString(), &ok);
        if (!ok)
            return;
    } else if (QMessageBox::question(
                   this, DomainText::name(action),
                   tr("%1 for contract %2?").arg(DomainText::name(action), m_current->contractNo))
               != QMessageBox::Yes) {
        return;
    }
    perform(action, reason);
}

bool ContractsPage::perform(ContractAction action, const QString& reason)
{
    if (!m_current)
        return false;
    MoveContract command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.contractId = m_current->id;
    command.baseVersion = m_current->version;
    command.action = action;
    command.reason = reason;
    const QString id = m_current->id;
    const StepSaver::Result result
        = WorkflowSteps::save(command, *m_current, m_repository, m_service, m_clock, this);
    if (result.next != StepSaver::Next::Report) {
        refreshChanged({id}); // the user may have chosen someone else's newer version
        return false;
    }
    return report(result.outcome);
}

bool ContractsPage::deleteSelected()
{
    if (!m_current || !ContractWorkflow::canDelete(m_current->subState))
        return false;
    const QString id = m_current->id;
    if (m_interactive
        && QMessageBox::question(
               this, tr("Delete contract"),
               tr("Delete voided contract %1? Its orders can then be listed in another contract.")
                   .arg(m_current->contractNo))
            != QMessageBox::Yes)
        return false;
    if (!report(m_service.remove(
            {{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()}, id, m_current->version})))
        return false;
    model()->reload();
    return true;
}

void ContractsPage::requestPaperCopy()
{
    if (!m_current)
        return;
    const EditSession editing(m_database, QStringLiteral("contract"), m_current->id, m_actor,
                              m_clock.nowUtc());
    const QString id = m_current->id;
    PaperCopyDialog dialog(*m_current, m_repository, m_service, SettingsService::rulesOrSpec(m_database),
                           m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Rejected)
        refreshChanged({id}); // the user may have chosen someone else's newer version
}

void ContractsPage::recordMailing()
{
    if (!m_current)
        return;
    QStringList couriers;
    try {
        couriers = InvoiceRequestRepository(m_database).couriers();
    } catch (const StorageError&) {
        couriers.clear();
    }
    const ContractRepository::Detail contract = *m_current;
    PaperMailingDialog dialog(
        tr("Paper copies of contract %1 mailed").arg(contract.contractNo),
        QStringLiteral("%1 %2, %3").arg(contract.paperRecipient, contract.paperPhone, contract.paperAddress),
        couriers,
        [this, contract](const QString& courier, const QString& trackingNo) {
            MoveContract command;
            command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
            command.contractId = contract.id;
            command.baseVersion = contract.version;
            command.action = ContractAction::RecordPaperMailing;
            command.courier = courier;
            command.trackingNo = trackingNo;
            if (const FieldErrors errors = command.validate(); !errors.isEmpty())
                return StepSaver::Result {StepSaver::Next::Report, WriteOutcome::invalid(errors)};
            return WorkflowSteps::save(command, contract, m_repository, m_service, m_clock, this);
        },
        this);
    if (dialog.exec() == QDialog::Rejected)
        refreshChanged({contract.id}); // the user may have chosen someone else's newer version
}

void ContractsPage::savePdf()
{
    if (!m_current || m_current->body.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save contract %1 as PDF").arg(m_current->contractNo),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_current->contractNo + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = DocumentPdf(m_current->contractNo, m_current->body).write(path);
        !error.isEmpty())
        QMessageBox::warning(this, tr("Contracts"), error);
}

void ContractsPage::print()
{
    if (!m_current || m_current->body.isEmpty())
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        DocumentPdf(m_current->contractNo, m_current->body).paint(printer);
}
