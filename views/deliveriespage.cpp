#include "deliveriespage.h"

#include "clock.h"
#include "deliverylistmodel.h"
#include "deliveryservice.h"
#include "deliverystepdialog.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editsession.h"
#include "filterheader.h"
#include "flowlogdocument.h"
#include "flowlogmodel.h"
#include "permissiongate.h"
#include "refundservice.h"
#include "rowmenu.h"
#include "storageerror.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

DeliveriesPage::DeliveriesPage(Database& database, DeliveryService& deliveries, RefundService& refunds,
                               const Clock& clock, const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("deliveries"), new DeliveryListModel(database, clock), parent)
    , m_database(database)
    , m_service(deliveries)
    , m_clock(clock)
    , m_actor(actor)
    , m_repository(database)
    , m_refunds(database, refunds, clock, actor)
    , m_flowLog(new FlowLogModel(this))
    , m_flowLogView(new QTreeView)
{
    showEditors(database, clock, QStringLiteral("delivery"), actor);
    // What waits for the vendor's own confirmation is the delivery staff's first work.
    setDefaultStatus(enumKey(DeliveryState::AwaitingConfirmation));
    enableSearch(tr("Search order ID, customer, product or vendor"));
    setEmptyText(tr("No service deliveries yet. Each order of a manual-service product starts one."));
    filterHeader()->resizeSection(DeliveryRepository::TimeLeft, 150);
    filterHeader()->adjustPositions();

    m_flowLogView->setObjectName(QStringLiteral("flowLog"));
    m_flowLogView->setModel(m_flowLog);
    m_flowLogView->setWordWrap(true);
    m_flowLogView->setUniformRowHeights(false);
    m_flowLogView->header()->setStretchLastSection(true);
    m_flowLogView->header()->resizeSection(FlowLogModel::Number, 56);
    for (int column : {FlowLogModel::Time, FlowLogModel::Party, FlowLogModel::Step})
        m_flowLogView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_flowLogView, &QTreeView::doubleClicked, this, &DeliveriesPage::saveFile);
    addDetailTab(m_flowLogView, tr("Flow log"));

    QToolBar* bar = toolBar();
    auto* vendor = new QMenu(tr("Vendor"), this);
    addStep(vendor, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor, tr("Confirm requirement…"))
        ->setShortcut(Qt::CTRL | Qt::Key_K);
    addStep(vendor, DeliveryAction::RejectRequirement, DeliveryActor::Vendor, tr("Reject requirement…"))
        ->setShortcut(Qt::CTRL | Qt::Key_J);
    addStep(vendor, DeliveryAction::SubmitForAcceptance, DeliveryActor::Vendor, tr("Submit for acceptance…"))
        ->setShortcut(Qt::CTRL | Qt::Key_U);
    addStep(vendor, DeliveryAction::RequestIntervention, DeliveryActor::Vendor,
            tr("Ask the platform to intervene…"));
    addMenuButton(vendor);

    auto* buyer = new QMenu(tr("On the buyer's behalf"), this);
    addStep(buyer, DeliveryAction::SubmitRequirement, DeliveryActor::Buyer, tr("Submit requirement…"));
    addStep(buyer, DeliveryAction::EditRequirement, DeliveryActor::Buyer, tr("Edit requirement…"));
    addStep(buyer, DeliveryAction::Accept, DeliveryActor::Buyer, tr("Accept (验收通过)…"));
    addStep(buyer, DeliveryAction::RejectAcceptance, DeliveryActor::Buyer,
            tr("Reject acceptance (验收驳回)…"));
    addStep(buyer, DeliveryAction::RequestIntervention, DeliveryActor::Buyer,
            tr("Ask the platform to intervene…"));
    buyer->addSeparator();
    addStep(buyer, DeliveryAction::RequestRefund, DeliveryActor::Buyer, tr("Ask for a refund…"));
    addMenuButton(buyer);

    auto* platform = new QMenu(tr("Platform"), this);
    addStep(platform, DeliveryAction::ApproveRefund, DeliveryActor::Platform, tr("Approve refund…"));
    addStep(platform, DeliveryAction::DeclineRefund, DeliveryActor::Platform, tr("Decline refund…"));
    addStep(platform, DeliveryAction::CloseIntervention, DeliveryActor::Platform,
            tr("Close the platform ticket…"));
    addMenuButton(platform);

    bar->addSeparator();
    auto* log = new QMenu(tr("Flow log"), this);
    m_print = log->addAction(tr("Print…"), this, &DeliveriesPage::print);
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf = log->addAction(tr("Export to PDF…"), this, &DeliveriesPage::exportPdf);
    m_exportPdf->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    log->addSeparator();
    log->addAction(tr("Expand all steps"), m_flowLogView, &QTreeView::expandAll);
    log->addAction(tr("Collapse all steps"), m_flowLogView, &QTreeView::collapseAll);
    addMenuButton(log);
    for (QMenu* menu : {vendor, buyer, platform, log}) {
        for (QAction* action : menu->actions())
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addActions(menu->actions());
    }
    for (QMenu* menu : {vendor, buyer, platform})
        rowMenu()->addGroup(menu->actions(), menu->title());
    rowMenu()->addGroup({m_print, m_exportPdf}, log->title());
    // A delivery's next step depends on its state and on who acts: Enter offers those open now.
    connect(tableView(), &QTableView::activated, rowMenu(), &RowMenu::openAtCurrentRow);

    const auto changed = [this](const QString&, const QStringList& ids) {
        model()->refreshRows(ids);
        refreshDetail();
    };
    connect(&m_service, &DeliveryService::changed, this, changed);
    connect(&refunds, &RefundService::changed, this,
            [changed](const QString& entity, const QStringList& ids) {
                if (entity == QStringLiteral("delivery"))
                    changed(entity, ids);
            });
    repaintEveryMinute(); // the time left counts down while the page is open
    updateActions();
}

QAction* DeliveriesPage::addStep(QMenu* menu, DeliveryAction action, DeliveryActor actor, const QString& text)
{
    QAction* step = menu->addAction(text, this, [this, action, actor] { perform(action, actor); });
    m_actions.insert(key(action, actor), step);
    const bool decidesRefund
        = action == DeliveryAction::ApproveRefund || action == DeliveryAction::DeclineRefund;
    PermissionGate::require(step,
                            QLatin1String(decidesRefund ? Permissions::refundApprove
                                              : action == DeliveryAction::RequestRefund
                                              ? Permissions::refundRequest
                                              : Permissions::deliveryWork));
    return step;
}

void DeliveriesPage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Deliveries"), message);
}

void DeliveriesPage::updateActions()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto action = DeliveryAction(it.key() / 8);
        const auto actor = DeliveryActor(it.key() % 8);
        it.value()->setEnabled(
            m_current && DeliveryWorkflow::target(action, actor, m_current->state, m_current->pausedState));
    }
    // The ticket can only be closed while one is open.
    if (m_current && !m_current->interventionRequested)
        actionFor(DeliveryAction::CloseIntervention, DeliveryActor::Platform)->setEnabled(false);
    m_print->setEnabled(m_current.has_value());
    m_exportPdf->setEnabled(m_current.has_value());
}

void DeliveriesPage::showDetail(const QString& id)
{
    QList<DeliveryRepository::Step> steps;
    QString readFailure;
    try {
        m_current = m_repository.detail(id);
        if (m_current)
            steps = m_repository.steps(id);
    } catch (const StorageError& error) {
        m_current.reset();
        readFailure = tr("The delivery could not be read: %1").arg(error.userMessage());
    }
    m_flowLog->setSteps(steps);
    // A step's text and files read across the whole width under it.
    for (int row = 0; row < m_flowLog->rowCount(); ++row) {
        const QModelIndex step = m_flowLog->index(row, 0);
        for (int detail = 0; detail < m_flowLog->rowCount(step); ++detail)
            m_flowLogView->setFirstColumnSpanned(detail, step, true);
    }
    m_flowLogView->expandAll();
    updateActions();
    if (!m_current) {
        detailPane()->showMessage(readFailure.isEmpty() ? tr("This delivery no longer exists.")
                                                        : readFailure);
        return;
    }
    const auto& d = *m_current;
    const QLocale locale;
    QString state = DomainText::name(d.state);
    if (d.pausedState)
        state = tr("%1 (paused in: %2)").arg(state, DomainText::name(*d.pausedState));
    QList<std::pair<QString, QString>> rows {{tr("State"), state}};
    if (d.interventionRequested)
        rows.append({tr("Platform ticket"), tr("Open: the platform was asked to intervene")});
    if (d.autoAcceptAtMs != nothingDueMs)
        rows.append({tr("Accepted automatically"),
                     DomainText::timeLeft(d.autoAcceptAtMs, m_clock.nowUtc().toMSecsSinceEpoch())
                         + QStringLiteral(" (") + DomainText::localTime(d.autoAcceptAtMs)
                         + QLatin1Char(')')});
    rows.append({tr("Order ID"), d.orderNo});
    rows.append({tr("Product"), d.productName});
    rows.append({tr("Buyer"), QStringLiteral("%1 (%2) %3").arg(d.buyerName, d.customerNo, d.contactPhone)});
    rows.append({tr("Vendor"), d.vendorName});
    rows.append({tr("Paid amount"), d.paid.format(locale)});
    if (d.refunded.fen() > 0)
        rows.append({tr("Refunded"), d.refunded.format(locale)});
    rows.append({tr("Guarantee period"), FlowLogDocument::guaranteeText(d)});
    rows.append({tr("Warranty period"), FlowLogDocument::warrantyText(d)});
    rows.append({tr("Requirement"), d.requirement.isEmpty() ? tr("(not submitted yet)") : d.requirement});
    detailPane()->setRows(tr("Delivery of order %1").arg(d.orderNo), rows);
}

void DeliveriesPage::perform(DeliveryAction action, DeliveryActor actor)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    std::optional<DeliveryRepository::Detail> delivery;
    try {
        delivery = m_repository.detail(id);
    } catch (const StorageError& error) {
        showError(tr("The delivery could not be read: %1").arg(error.userMessage()));
        return;
    }
    if (!delivery)
        return;
    switch (action) {
    case DeliveryAction::RequestRefund:
        m_refunds.request(this, delivery->orderId, delivery->orderNo);
        return;
    case DeliveryAction::ApproveRefund:
    case DeliveryAction::DeclineRefund:
        if (!m_refunds.decide(this, delivery->orderId, delivery->orderNo,
                              action == DeliveryAction::ApproveRefund))
            refreshChanged({delivery->id}); // the user may have chosen someone else's newer decision
        return;
    default: {
        const EditSession editing(m_database, QStringLiteral("delivery"), delivery->id, m_actor,
                                  m_clock.nowUtc());
        DeliveryStepDialog dialog(*delivery, action, actor, m_repository, m_service, m_clock, m_actor, this);
        if (dialog.exec() == QDialog::Rejected)
            refreshChanged({delivery->id}); // the user may have chosen someone else's newer version
    }
    }
}

void DeliveriesPage::saveFile(const QModelIndex& index)
{
    const QString fileId = index.siblingAtColumn(0).data(FlowLogModel::FileIdRole).toString();
    if (fileId.isEmpty())
        return;
    const QString name = index.siblingAtColumn(0).data(FlowLogModel::FileNameRole).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1").arg(name),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(name));
    if (path.isEmpty())
        return;
    try {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_repository.fileContent(fileId)) < 0
            || !file.commit())
            showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    } catch (const StorageError& error) {
        showError(tr("The file could not be read: %1").arg(error.userMessage()));
    }
}

void DeliveriesPage::exportPdf()
{
    if (!m_current)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the flow log to PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("flow-log-%1.pdf").arg(m_current->orderNo)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = FlowLogDocument(*m_current, m_flowLog->steps()).writePdf(path);
        !error.isEmpty())
        showError(error);
}

void DeliveriesPage::print()
{
    if (m_current)
        FlowLogDocument(*m_current, m_flowLog->steps()).print(this);
}
