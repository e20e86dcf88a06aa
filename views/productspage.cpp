#include "productspage.h"

#include "clock.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editsession.h"
#include "listingtext.h"
#include "pagedtablemodel.h"
#include "permissiongate.h"
#include "productdialog.h"
#include "productlistmodel.h"
#include "productreviewdialog.h"
#include "productservice.h"
#include "rowmenu.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QAction>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>

ProductsPage::ProductsPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("products"), new ProductListModel(database), parent)
    , m_database(database)
    , m_service(new ProductService(database, this))
    , m_clock(clock)
    , m_actor(actor)
{
    showEditors(database, clock, QStringLiteral("product"), actor);
    enableSearch(tr("Search product, vendor or description"));
    setEmptyText(tr("No products yet. Add one with New product…."));
    QToolBar* bar = toolBar();
    m_new = bar->addAction(tr("New product…"), this, [this] { openForm(false); });
    m_new->setShortcut(QKeySequence::New);
    m_edit = bar->addAction(tr("Edit…"), this, [this] { openForm(true); });
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    m_edit->setToolTip(
        tr("Change the product; a listed software or tool product goes back to review (Ctrl+E)"));
    m_submit = bar->addAction(tr("Submit for review"), this, &ProductsPage::submit);
    m_submit->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    m_submit->setToolTip(tr("Ask the marketplace to review the product for listing (Ctrl+Shift+Enter)"));
    m_review = bar->addAction(tr("Review…"), this, &ProductsPage::review);
    m_review->setShortcut(Qt::CTRL | Qt::Key_R);
    m_review->setToolTip(tr("Open the listing checklist and decide (Ctrl+R, or Enter on a row)"));
    m_delist = bar->addAction(tr("Delist…"), this, [this] { delist(); });
    m_delist->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_delist->setToolTip(tr("Take the product off sale, with the reason (Ctrl+Shift+D)"));
    for (QAction* action : {m_new, m_edit, m_submit})
        PermissionGate::require(action, QLatin1String(Permissions::productEdit));
    for (QAction* action : {m_review, m_delist})
        PermissionGate::require(action, QLatin1String(Permissions::productReview));
    for (QAction* action : {m_new, m_edit, m_submit, m_review, m_delist}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    rowMenu()->addGroup({m_edit, m_submit, m_review, m_delist});
    connect(tableView(), &QTableView::activated, this, [this] {
        if (m_current && m_current->status == ProductStatus::UnderReview)
            review();
        else
            openForm(true);
    });
    connect(m_service, &ProductService::changed, this, [this](const QString&, const QStringList& ids) {
        model()->refreshRows(ids);
        refreshDetail();
    });
    updateActions();
}

void ProductsPage::updateActions()
{
    const auto can = [this](ProductAction action) {
        return m_current && ProductWorkflow::target(action, m_current->status).has_value();
    };
    m_edit->setEnabled(m_current && ProductWorkflow::isEditable(m_current->status));
    m_submit->setEnabled(can(ProductAction::Submit));
    m_review->setEnabled(can(ProductAction::Approve));
    m_delist->setEnabled(can(ProductAction::Delist));
}

void ProductsPage::showDetail(const QString& id)
{
    QString readFailure;
    try {
        m_current = ProductRepository(m_database).detail(id);
    } catch (const StorageError& error) {
        m_current.reset();
        readFailure = tr("The product could not be read: %1").arg(error.userMessage());
    }
    updateActions();
    if (!m_current) {
        detailPane()->showMessage(readFailure.isEmpty() ? tr("This product no longer exists.") : readFailure);
        return;
    }
    const ProductRepository::Detail& detail = *m_current;
    const auto when = [](qint64 ms) { return ms > 0 ? DomainText::localTime(ms) : QString(); };
    QList<std::pair<QString, QString>> rows {
        {tr("Status"), DomainText::name(detail.status)},
        {tr("Vendor"), detail.vendorName},
        {tr("Market"), detail.marketName},
        {tr("Delivery type"), DomainText::name(detail.deliveryType)},
        {tr("Price"), detail.price.format(QLocale())},
        {tr("Warranty"), tr("%n day(s)", nullptr, detail.warrantyDays)},
        {tr("Checklist"),
         tr("%1 of %2 ticked").arg(detail.checks.size() - detail.untickedCount()).arg(detail.checks.size())},
        {tr("Security review"),
         detail.securityReviewedAtMs > 0 ? tr("Passed %1").arg(when(detail.securityReviewedAtMs))
                                         : tr("Not yet")},
        {tr("Wording check"), ListingText::summary(ListingWordCheck::findings(detail.description))},
        {tr("Last order"), detail.lastOrderAtMs > 0 ? when(detail.lastOrderAtMs) : tr("None yet")},
    };
    if (detail.submittedAtMs > 0)
        rows.append({tr("Submitted at"), when(detail.submittedAtMs)});
    if (detail.status == ProductStatus::Listed) {
        const QDateTime lastActivity
            = QDateTime::fromMSecsSinceEpoch(std::max(detail.listedAtMs, detail.lastOrderAtMs), Qt::UTC);
        rows.append({tr("Listed at"), when(detail.listedAtMs)});
        const int idleMonths = SettingsService::rulesOrSpec(m_database).idleDelistMonths;
        rows.append({tr("Delisted if no order by"),
                     tr("%1 (no order for %n month(s))", nullptr, idleMonths)
                         .arg(DomainText::localTime(
                             ProductWorkflow::dormantAt(lastActivity, idleMonths).toMSecsSinceEpoch()))});
    }
    if (!detail.rejectReason.isEmpty())
        rows.append({tr("Reject reason"), detail.rejectReason});
    if (detail.status == ProductStatus::Delisted)
        rows.append({tr("Delisted"), tr("%1: %2").arg(when(detail.delistedAtMs), detail.delistReason)});
    rows.append({tr("Description"), detail.description});
    detailPane()->setRows(detail.name, rows);
}

void ProductsPage::openForm(bool existing)
{
    if ((existing && !(m_current && ProductWorkflow::isEditable(m_current->status)))
        || !PermissionGate::allows(QLatin1String(Permissions::productEdit)))
        return;
    std::optional<EditSession> editing;
    if (existing)
        editing.emplace(m_database, QStringLiteral("product"), m_current->id, m_actor, m_clock.nowUtc());
    ProductDialog dialog(existing ? m_current : std::nullopt, m_database, *m_service, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Accepted && !existing)
        model()->reload();
}

void ProductsPage::submit()
{
    if (m_current && PermissionGate::allows(QLatin1String(Permissions::productEdit)))
        move(ProductAction::Submit, {});
}

void ProductsPage::review()
{
    if (!m_current || m_current->status != ProductStatus::UnderReview
        || !PermissionGate::allows(QLatin1String(Permissions::productReview)))
        return;
    const EditSession editing(m_database, QStringLiteral("product"), m_current->id, m_actor,
                              m_clock.nowUtc());
    const QString id = m_current->id;
    ProductReviewDialog dialog(id, m_database, *m_service, m_clock, m_actor, this);
    dialog.exec();
    refreshChanged({id});
}

bool ProductsPage::delist(QString reason)
{
    if (!m_current || m_current->status != ProductStatus::Listed
        || !PermissionGate::allows(QLatin1String(Permissions::productReview)))
        return false;
    if (reason.isEmpty()) {
        bool given = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Delist %1").arg(m_current->name),
            tr("Why is the product taken off sale? The vendor reads the reason."), {}, &given);
        if (!given)
            return false;
    }
    return move(ProductAction::Delist, reason);
}

bool ProductsPage::move(ProductAction action, const QString& reason)
{
    ReviewProduct command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.productId = m_current->id;
    command.baseVersion = m_current->version;
    command.action = action;
    command.reason = reason;
    const WriteOutcome outcome = m_service->review(command);
    if (outcome.succeeded())
        return true;
    QString message = outcome.message;
    for (const FieldError& error : outcome.fieldErrors)
        message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + error.message;
    QMessageBox::warning(this, tr("%1 was not changed").arg(m_current->name), message);
    refreshChanged({m_current->id});
    return false;
}
