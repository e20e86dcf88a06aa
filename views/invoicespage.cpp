#include "invoicespage.h"

#include "audittext.h"
#include "backgroundtask.h"
#include "batchissuedialog.h"
#include "buyerrecordimporter.h"
#include "buyerservice.h"
#include "clock.h"
#include "database.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editsession.h"
#include "filterheader.h"
#include "historytree.h"
#include "importflow.h"
#include "invoiceimporter.h"
#include "invoicelistmodel.h"
#include "invoiceservice.h"
#include "issueinvoicedialog.h"
#include "marketplacebar.h"
#include "marketplaceconnector.h"
#include "newinvoicerequestdialog.h"
#include "permissiongate.h"
#include "returnrequestdialog.h"
#include "rowmenu.h"
#include "storageerror.h"
#include "tableexporter.h"
#include "taxresultfile.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QUuid>

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isNull() ? QString() : utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

InvoicesPage::InvoicesPage(Database& database, InvoiceService& service, MarketplaceConnector& marketplace,
                           const Clock& clock, const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("invoices"), new InvoiceListModel(database, clock), parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_repository(database)
    , m_history(new HistoryTree)
    , m_buyers(new BuyerService(database, this))
{
    showEditors(database, clock, QStringLiteral("invoice_request"), actor);
    setDefaultStatus(enumKey(InvoiceStatus::Pending));
    enableSearch(tr("Search order ID, customer, phone, invoice number or title"));
    setEmptyText(tr("No invoice requests yet. Type one in with New request, import the console's invoice "
                    "list (Import / export), or connect the marketplace in Settings."));
    // The deadline is what the clerk works by: its column comes first until the user moves it.
    filterHeader()->moveSection(filterHeader()->visualIndex(InvoiceRequestRepository::TimeLeft), 0);
    filterHeader()->resizeSection(InvoiceRequestRepository::TimeLeft, 150);
    filterHeader()->adjustPositions();
    addDetailTab(m_history, tr("History"));

    QToolBar* bar = toolBar();
    m_newRequest = bar->addAction(tr("New request"), this, &InvoicesPage::newRequest);
    m_newRequest->setShortcut(QKeySequence::New);
    PermissionGate::require(m_newRequest, QLatin1String(Permissions::invoiceCreate));
    m_newRequest->setToolTip(tr("Type in a buyer's invoice request (Ctrl+N)"));
    QAction* issueAction = bar->addAction(DomainText::name(InvoiceAction::Issue) + QStringLiteral("…"), this,
                                          &InvoicesPage::issue);
    issueAction->setShortcut(Qt::CTRL | Qt::Key_I);
    issueAction->setToolTip(tr("Issue the current request with its invoice number (Ctrl+I)"));
    m_moveActions.insert(InvoiceAction::Issue, issueAction);
    PermissionGate::require(issueAction, Permissions::forInvoiceAction(InvoiceAction::Issue));
    m_issueSelected = bar->addAction(tr("Issue selected…"), this, &InvoicesPage::issueSelected);
    m_issueSelected->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    PermissionGate::require(m_issueSelected, QLatin1String(Permissions::invoiceIssue));
    m_issueSelected->setToolTip(tr("Issue the selected requests with consecutive numbers (Ctrl+Shift+I)"));

    auto* steps = new QMenu(tr("Steps"), this);
    for (InvoiceAction action : enumValues<InvoiceAction>()) {
        // Issue has its own button; a lapse is the due jobs' step, never a person's.
        if (action == InvoiceAction::Issue || action == InvoiceAction::LapseRedLetter)
            continue;
        QAction* step = steps->addAction(DomainText::name(action), this, [this, action] { perform(action); });
        m_moveActions.insert(action, step);
        PermissionGate::require(step, Permissions::forInvoiceAction(action));
    }
    m_moveActions.value(InvoiceAction::Start)->setShortcut(Qt::CTRL | Qt::Key_P);
    steps->addSeparator();
    m_switchToNormal = steps->addAction(tr("Switch to normal invoice (buyer agreed)…"), this,
                                        &InvoicesPage::switchToNormal);
    PermissionGate::require(m_switchToNormal, QLatin1String(Permissions::invoiceIssue));
    m_openFile = steps->addAction(tr("Open the invoice file"), this, &InvoicesPage::openInvoiceFile);
    addMenuButton(steps);
    addActions(steps->actions());
    rowMenu()->addGroup({issueAction, m_issueSelected});
    rowMenu()->addGroup(steps->actions(), steps->title());

    bar->addSeparator();
    auto* files = new QMenu(tr("Files"), this);
    PermissionGate::require(
        files->addAction(tr("Import the console's invoice list…"), this, &InvoicesPage::importConsoleExport),
        QLatin1String(Permissions::invoiceCreate));
    PermissionGate::require(
        files->addAction(tr("Import buyer titles and addresses…"), this, &InvoicesPage::importBuyerRecords),
        QLatin1String(Permissions::invoiceCreate));
    PermissionGate::require(
        files->addAction(tr("Apply the tax software's results…"), this, &InvoicesPage::applyTaxResults),
        QLatin1String(Permissions::invoiceIssue));
    files->addSeparator();
    files->addAction(tr("Export this view to CSV…"), this, [this] { exportView(false); });
    files->addAction(tr("Export this view to Excel (XLSX)…"), this, [this] { exportView(true); });
    auto* filesButton = new QToolButton;
    filesButton->setText(tr("Import / export"));
    filesButton->setMenu(files);
    filesButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(filesButton);
    bar->addSeparator();
    bar->addWidget(new MarketplaceBar(marketplace, [this] { return selectedIds(); }));
    connect(&marketplace.service(), &MarketplaceService::changed, this,
            [this](const QString&, const QStringList& ids) { model()->refreshRows(ids); });
    for (QAction* action : {m_newRequest, issueAction, m_issueSelected}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    connect(&m_service, &InvoiceService::changed, this, [this](const QString&, const QStringList& ids) {
        model()->refreshRows(ids);
        refreshDetail();
    });
    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesPage::updateActions);
    connect(tableView(), &QTableView::activated, this, [this] {
        if (m_moveActions.value(InvoiceAction::Issue)->isEnabled())
            issue();
    });
    repaintEveryMinute(); // the time left counts down while the page is open
    updateActions();
}

QStringList InvoicesPage::couriers()
{
    try {
        return m_repository.couriers();
    } catch (const StorageError&) {
        return {};
    }
}

void InvoicesPage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Invoice requests"), message);
}

std::optional<InvoiceRequestRepository::Detail> InvoicesPage::currentRequest()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return std::nullopt;
    try {
        return m_repository.detail(id);
    } catch (const StorageError& error) {
        showError(tr("The request could not be read: %1").arg(error.userMessage()));
        return std::nullopt;
    }
}

void InvoicesPage::updateActions()
{
    const auto actor = [](InvoiceAction action) {
        return action == InvoiceAction::Cancel || action == InvoiceAction::RequestReturn
            ? InvoiceActor::Buyer
            : InvoiceActor::Clerk;
    };
    for (auto it = m_moveActions.cbegin(); it != m_moveActions.cend(); ++it) {
        bool enabled = false;
        if (m_current) {
            enabled = InvoiceWorkflow::targetOfStep(it.key(), actor(it.key()), m_current->status,
                                                    m_current->medium)
                          .has_value();
            if (it.key() == InvoiceAction::Issue && m_current->orderRefundFlag())
                enabled = false;
        }
        it.value()->setEnabled(enabled);
    }
    m_switchToNormal->setEnabled(m_current && m_current->type == InvoiceType::VatSpecial
                                 && InvoiceWorkflow::awaitsIssue(m_current->status));
    m_openFile->setEnabled(m_current && !m_current->invoiceFileName.isEmpty());
    m_issueSelected->setEnabled(tableView()->selectionModel()->selectedRows().size() > 1);
}

void InvoicesPage::showDetail(const QString& id)
{
    try {
        m_current = m_repository.detail(id);
    } catch (const StorageError& error) {
        m_current.reset();
        detailPane()->showMessage(tr("The request could not be read: %1").arg(error.userMessage()));
        updateActions();
        return;
    }
    m_history->clear();
    updateActions();
    if (!m_current) {
        detailPane()->showMessage(tr("This request no longer exists."));
        return;
    }
    const auto& r = *m_current;
    const QLocale locale;
    QList<std::pair<QString, QString>> rows {
        {tr("Status"), DomainText::name(r.status)},
    };
    if (r.orderRefundFlag())
        rows.append(
            {tr("Warning"), tr("The order was refunded: mark the request refunded instead of issuing it.")});
    if (!r.actionDueAt.isNull())
        rows.append(
            {tr("Time left"),
             DomainText::timeLeft(r.actionDueAt.toMSecsSinceEpoch(), m_clock.nowUtc().toMSecsSinceEpoch())
                 + QStringLiteral(" (") + localTime(r.actionDueAt) + QLatin1Char(')')});
    rows.append({tr("Amount"), r.amount.format(locale)});
    rows.append(
        {tr("Invoice type"), DomainText::name(r.type) + QStringLiteral(" · ") + DomainText::name(r.medium)});
    if (r.switchedToNormal)
        rows.append({QString(), tr("Switched from a special invoice with the buyer's consent")});
    rows.append({tr("Title"),
                 r.titleKind.isEmpty()
                     ? tr("(not in the console export)")
                     : DomainText::nameOfKey<TitleKind>(r.titleKind) + QStringLiteral(" · ") + r.title});
    if (!r.taxpayerId.isEmpty())
        rows.append({tr("Taxpayer ID"), r.taxpayerId});
    if (!r.bank.isEmpty())
        rows.append({tr("Bank"), r.bank + QLatin1Char(' ') + r.bankAccount});
    rows.append({tr("Order ID"), r.orderNo});
    rows.append({tr("Customer ID"), r.customerNo});
    rows.append({tr("Contact phone"), r.contactPhone});
    if (!r.vendorName.isEmpty())
        rows.append({tr("Vendor"), r.vendorName});
    if (!r.statementPeriod.isEmpty())
        rows.append({tr("Monthly statements"), r.statementPeriod});
    rows.append({tr("Applied at"), localTime(r.appliedAt)});
    rows.append({tr("Issue by"), localTime(r.dueAt)});
    if (!r.invoiceNo.isEmpty())
        rows.append({tr("Invoice number"), r.invoiceNo});
    if (!r.invoicedAt.isNull())
        rows.append({tr("Invoiced at"), localTime(r.invoicedAt)});
    if (r.medium == InvoiceMedium::Paper) {
        rows.append({tr("Recipient"), QStringLiteral("%1 %2").arg(r.recipient, r.recipientPhone)});
        rows.append({tr("Address"), QStringLiteral("%1 %2").arg(r.address, r.postcode)});
        if (!r.trackingNo.isEmpty())
            rows.append({tr("Courier"), QStringLiteral("%1 %2").arg(r.courier, r.trackingNo)});
    } else {
        rows.append({tr("E-mail"), r.email});
        if (!r.invoiceFileName.isEmpty())
            rows.append({tr("Invoice file"), r.invoiceFileName});
    }
    if (!r.failureReason.isEmpty())
        rows.append({tr("Why issuing failed"), r.failureReason});
    if (!r.returnReason.isEmpty()) {
        rows.append({tr("Return reason"), DomainText::nameOfKey<ReturnReason>(r.returnReason)});
        rows.append({tr("Explanation"), r.returnNote});
        if (r.returnBooked)
            rows.append({tr("Red-letter number"), r.redLetterNo.isEmpty() ? tr("(awaited)") : r.redLetterNo});
        if (!r.redLetterDeadline.isNull())
            rows.append({tr("Red-letter form lapses"), localTime(r.redLetterDeadline)});
        if (!r.returnTrackingNo.isEmpty())
            rows.append(
                {tr("Sent back by"), QStringLiteral("%1 %2").arg(r.returnCourier, r.returnTrackingNo)});
    }
    if (!r.declineReason.isEmpty())
        rows.append({tr("Why the return was declined"), r.declineReason});
    detailPane()->setRows(tr("Request %1").arg(r.requestNo), rows);

    try {
        const QString entity = QStringLiteral("invoice_request");
        for (const auto& entry : m_repository.history(id)) {
            m_history->addEntry(localTime(entry.at), entry.actor, AuditText::step(entity, entry.action),
                                AuditText::change(entity, entry.before, entry.after));
        }
    } catch (const StorageError& error) {
        m_history->addError(error.userMessage());
    }
    m_history->fitColumns();
}

void InvoicesPage::newRequest()
{
    NewInvoiceRequestDialog dialog(m_repository, m_service, *m_buyers, m_database.url(), m_clock, m_actor,
                                   this);
    if (dialog.exec() == QDialog::Accepted)
        model()->reload();
}

void InvoicesPage::issue()
{
    const auto request = currentRequest();
    if (!request)
        return;
    const EditSession editing(m_database, QStringLiteral("invoice_request"), request->id, m_actor,
                              m_clock.nowUtc());
    IssueInvoiceDialog dialog(*request, m_repository, couriers(), m_service, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Rejected)
        refreshChanged({request->id}); // the user may have chosen someone else's newer version
}

void InvoicesPage::issueSelected()
{
    QList<BatchIssueDialog::Line> lines;
    QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.row() < b.row(); });
    try {
        for (const QModelIndex& index : rows) {
            BatchIssueDialog::Line line;
            line.request = m_repository.detail(model()->idAt(index.row()));
            if (!line.request)
                continue;
            line.orderNo = line.request->orderNo;
            if (!InvoiceWorkflow::awaitsIssue(line.request->status)
                || line.request->status == InvoiceStatus::Failed)
                line.problem = tr("A request that is %1 cannot be issued.")
                                   .arg(DomainText::name(line.request->status));
            lines << line;
        }
    } catch (const StorageError& error) {
        showError(error.userMessage());
        return;
    }
    BatchIssueDialog dialog(BatchIssueDialog::Mode::ConsecutiveNumbers, lines, couriers(), m_service, m_clock,
                            m_actor, this);
    dialog.exec();
}

std::optional<QByteArray> InvoicesPage::readChosenCsv(const QString& title, QString* path)
{
    *path = QFileDialog::getOpenFileName(this, title, QString(), tr("CSV files (*.csv *.txt)"));
    if (path->isEmpty())
        return std::nullopt;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(*path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

void InvoicesPage::applyTaxResults()
{
    QString path;
    const std::optional<QByteArray> bytes = readChosenCsv(tr("Tax software results"), &path);
    if (!bytes)
        return;
    const TaxResultFile::Result parsed = TaxResultFile::parse(*bytes);
    if (!parsed.error.isEmpty()) {
        showError(parsed.error);
        return;
    }
    QList<BatchIssueDialog::Line> lines;
    try {
        for (const TaxResultFile::Line& result : parsed.lines) {
            BatchIssueDialog::Line line {std::nullopt,
                                         result.line,
                                         result.orderNo,
                                         result.invoiceNo,
                                         result.courier,
                                         result.trackingNo,
                                         result.problem,
                                         {},
                                         {}};
            const QStringList ids = m_repository.idsAwaitingIssue(result.orderNo);
            if (ids.size() == 1)
                line.request = m_repository.detail(ids.first());
            if (line.problem.isEmpty() && ids.isEmpty())
                line.problem = tr("No request of order %1 waits for its invoice.").arg(result.orderNo);
            else if (line.problem.isEmpty() && ids.size() > 1)
                line.problem = tr("Order %1 has %2 requests waiting: issue them one by one.")
                                   .arg(result.orderNo)
                                   .arg(ids.size());
            lines << line;
        }
    } catch (const StorageError& error) {
        showError(error.userMessage());
        return;
    }
    BatchIssueDialog dialog(BatchIssueDialog::Mode::ResultFile, lines, couriers(), m_service, m_clock,
                            m_actor, this);
    dialog.exec();
}

void InvoicesPage::perform(InvoiceAction action)
{
    if (action == InvoiceAction::Issue) {
        issue();
        return;
    }
    const auto request = currentRequest();
    if (!request)
        return;
    if (action == InvoiceAction::RequestReturn) {
        const EditSession editing(m_database, QStringLiteral("invoice_request"), request->id, m_actor,
                                  m_clock.nowUtc());
        ReturnRequestDialog dialog(*request, m_repository, couriers(), m_service, m_clock, m_actor, this);
        if (dialog.exec() == QDialog::Rejected)
            refreshChanged({request->id});
        return;
    }
    MoveInvoiceRequest command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.requestId = request->id;
    command.baseVersion = request->version;
    command.action = action;
    command.actor = action == InvoiceAction::Cancel ? InvoiceActor::Buyer : InvoiceActor::Clerk;
    bool ok = true;
    switch (action) {
    case InvoiceAction::MarkFailed:
        command.reason = QInputDialog::getText(this, DomainText::name(action), tr("Why did issuing fail?"),
                                               QLineEdit::Normal, QString(), &ok);
        break;
    case InvoiceAction::DeclineReturn:
        command.reason
            = QInputDialog::getText(this, DomainText::name(action), tr("Why is the return declined?"),
                                    QLineEdit::Normal, QString(), &ok);
        break;
    case InvoiceAction::AcceptReturn:
        if (request->returnBooked && request->redLetterNo.isEmpty())
            command.redLetterNo = QInputDialog::getText(this, DomainText::name(action),
                                                        tr("Red-letter confirmation number (红字确认单号):"),
                                                        QLineEdit::Normal, QString(), &ok);
        break;
    case InvoiceAction::Cancel:
    case InvoiceAction::MarkRefunded:
    case InvoiceAction::Void:
        ok = QMessageBox::question(this, DomainText::name(action),
                                   tr("%1: request %2 for order %3, %4. This cannot be undone. Go on?")
                                       .arg(DomainText::name(action), request->requestNo, request->orderNo,
                                            request->amount.format(QLocale())))
            == QMessageBox::Yes;
        break;
    default:
        break;
    }
    if (!ok)
        return;
    const StepSaver::Result result
        = WorkflowSteps::save(command, *request, m_repository, m_service, m_clock, this);
    if (result.next != StepSaver::Next::Report) {
        refreshChanged({request->id});
        return;
    }
    const WriteOutcome& outcome = result.outcome;
    if (outcome.succeeded())
        return;
    QStringList messages {outcome.message};
    for (const FieldError& error : outcome.fieldErrors)
        messages << error.message;
    messages.removeAll(QString());
    showError(messages.join(QLatin1Char('\n')));
}

void InvoicesPage::switchToNormal()
{
    const auto request = currentRequest();
    if (!request)
        return;
    bool ok = false;
    const QString consent = QInputDialog::getText(
        this, tr("Switch to normal invoice"),
        tr("The vendor cannot issue a VAT special invoice. How did the buyer agree to a normal one?"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const WriteOutcome outcome
        = m_service.switchToNormal({{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                                    request->id,
                                    request->version,
                                    consent});
    if (!outcome.succeeded())
        showError(outcome.fieldErrors.isEmpty() ? outcome.message : outcome.fieldErrors.first().message);
}

void InvoicesPage::openInvoiceFile()
{
    if (!m_current)
        return;
    try {
        const auto [name, content] = m_repository.invoiceFile(m_current->id);
        const QString path
            = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(name);
        QFile file(path);
        if (name.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            showError(tr("The invoice file could not be opened."));
            return;
        }
        file.close();
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } catch (const StorageError& error) {
        showError(error.userMessage());
    }
}

void InvoicesPage::importConsoleExport()
{
    if (importFile(tr("Console invoice list"), &ImportFlow::stepsFor<ConsoleInvoiceExport, InvoiceImporter>))
        model()->reload();
}

void InvoicesPage::importBuyerRecords()
{
    importFile(tr("Buyer titles and addresses"), &ImportFlow::stepsFor<BuyerRecordFile, BuyerRecordImporter>);
}

bool InvoicesPage::importFile(const QString& kind, const StepsFactory& steps)
{
    QString path;
    const std::optional<QByteArray> bytes = readChosenCsv(kind, &path);
    if (!bytes)
        return false;
    const CommandHeader header {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    return ImportFlow::run(this, m_database, path, steps(*bytes, QFileInfo(path).fileName(), header));
}

void InvoicesPage::exportView(bool xlsx)
{
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export"), tr("invoice-requests") + QLatin1Char('.') + suffix,
                                       xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    bool cancelled = false;
    BackgroundTask::run(this, tr("Exporting…"), [&](const BackgroundTask::Progress& progress) {
        auto worker = m_database.openAnother(&error);
        if (error.isEmpty())
            error = TableExporter::run(*worker, *model(),
                                       xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv, path,
                                       progress, &cancelled);
    });
    if (!error.isEmpty())
        showError(error);
}
