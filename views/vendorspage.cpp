#include "vendorspage.h"

#include "audittext.h"
#include "cataloguerepository.h"
#include "clock.h"
#include "depositentrydialog.h"
#include "depositservice.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editsession.h"
#include "editvendorcontactdialog.h"
#include "historytree.h"
#include "materialchangedialog.h"
#include "permissiongate.h"
#include "rowmenu.h"
#include "storageerror.h"
#include "vendorchangestab.h"
#include "vendordeposittab.h"
#include "vendorlistmodel.h"
#include "vendorservice.h"
#include "vendorstatusdialog.h"
#include "vendorviolationstab.h"
#include "violationdialog.h"
#include "violationservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

VendorsPage::VendorsPage(Database& database, const Services& services, const Clock& clock,
                         const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("vendors"), new VendorListModel(database, clock), parent)
    , m_database(database)
    , m_repository(database)
    , m_services(services)
    , m_clock(clock)
    , m_actor(actor)
    , m_editButton(new QPushButton(tr("&Edit contact…"), this))
    , m_deposit(new VendorDepositTab(database, services.deposits, clock, actor))
    , m_violations(new VendorViolationsTab(database, clock))
    , m_changes(new VendorChangesTab(database, services.vendors, clock, actor))
    , m_history(new HistoryTree)
{
    enableSearch(tr("Search company, credit code, contact or phone"));
    setEmptyText(tr("No vendors yet. A vendor is created when its application is approved on the "
                    "Applications page."));
    m_editButton->setEnabled(false);
    m_editButton->setToolTip(tr("Edit the contact person, phone and e-mail (Ctrl+E)"));
    detailPane()->addFooter(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, &VendorsPage::editContact);
    auto* editAction = new QAction(tr("Edit contact"), this);
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QToolBar* bar = toolBar();
    m_depositAction = bar->addAction(tr("Record deposit…"), this, &VendorsPage::recordDeposit);
    m_depositAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_depositAction->setToolTip(tr("Payment, top-up, deduction or refund of the deposit (Ctrl+D)"));
    m_violationAction = bar->addAction(tr("Record violation…"), this, &VendorsPage::recordViolation);
    m_violationAction->setShortcut(Qt::CTRL | Qt::Key_G);
    m_violationAction->setToolTip(tr("Record a violation and its points (Ctrl+G)"));
    m_standingAction = bar->addAction(tr("Change standing…"), this, [this] { changeStanding(); });
    m_standingAction->setShortcut(Qt::CTRL | Qt::Key_T);
    m_standingAction->setToolTip(tr("Suspend, restore, exit or expel (Ctrl+T)"));
    m_changeAction = bar->addAction(tr("Record change…"), this, &VendorsPage::recordChange);
    m_changeAction->setShortcut(Qt::CTRL | Qt::Key_M);
    m_changeAction->setToolTip(
        tr("A change of name, legal representative, address, capital, scope or owners (Ctrl+M)"));
    PermissionGate::require(m_editButton, QLatin1String(Permissions::vendorManage));
    PermissionGate::require(editAction, QLatin1String(Permissions::vendorManage));
    PermissionGate::require(m_depositAction, QLatin1String(Permissions::depositRecord));
    PermissionGate::require(m_violationAction, QLatin1String(Permissions::violationRecord));
    PermissionGate::require(m_standingAction, QLatin1String(Permissions::vendorManage));
    PermissionGate::require(m_changeAction, QLatin1String(Permissions::vendorManage));
    for (QAction* action :
         {editAction, m_depositAction, m_violationAction, m_standingAction, m_changeAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(action == editAction);
        addAction(action);
    }
    rowMenu()->addGroup({editAction, m_depositAction, m_violationAction, m_standingAction, m_changeAction});
    connect(editAction, &QAction::triggered, this, &VendorsPage::editContact);
    connect(tableView(), &QTableView::activated, this, &VendorsPage::editContact);
    connect(m_violations, &VendorViolationsTab::expulsionRequested, this, [this] { changeStanding(true); });
    addDetailTab(m_deposit, tr("Deposit"));
    addDetailTab(m_violations, tr("Violations"));
    addDetailTab(m_changes, tr("Material changes"));
    addDetailTab(m_history, tr("History"));
    const auto refresh = [this](const QString& entity, const QStringList& ids) {
        if (entity != QStringLiteral("vendor"))
            return;
        model()->refreshRows(ids);
        refreshDetail();
    };
    connect(&m_services.vendors, &VendorService::changed, this, refresh);
    connect(&m_services.deposits, &DepositService::changed, this, refresh);
    connect(&m_services.violations, &ViolationService::changed, this, refresh);
    showEditors(database, clock, QStringLiteral("vendor"), actor);
}

void VendorsPage::showDetail(const QString& id)
{
    QString readFailure;
    try {
        m_current = m_repository.detail(VendorId::fromString(id));
    } catch (const StorageError& error) {
        m_current.reset();
        readFailure = tr("The vendor could not be read: %1").arg(error.userMessage());
    }
    for (QAction* action : {m_depositAction, m_violationAction, m_standingAction, m_changeAction})
        action->setEnabled(m_current.has_value());
    m_editButton->setEnabled(m_current.has_value());
    m_deposit->showVendor(m_current);
    m_violations->showVendor(m_current);
    m_changes->showVendor(m_current);
    m_history->clear();
    if (!m_current) {
        detailPane()->showMessage(readFailure.isEmpty() ? tr("This vendor no longer exists.") : readFailure);
        return;
    }
    const VendorRepository::Detail& vendor = *m_current;
    const QLocale locale;
    const Money due = m_deposit->ledger().due(m_clock.nowUtc());
    const Money balance = m_deposit->ledger().balance();
    QStringList products;
    QStringList applications;
    try {
        for (const auto& [name, status] : m_repository.products(vendor.id))
            products << tr("%1 (%2)").arg(name, DomainText::nameOfKey<ProductStatus>(status));
        for (const auto& [createdAtMs, status] : m_repository.applications(vendor.id))
            applications << tr("%1 %2").arg(DomainText::localTime(createdAtMs),
                                            DomainText::nameOfKey<ApplicationStatus>(status));
    } catch (const StorageError& error) {
        products << error.userMessage();
    }
    QList<std::pair<QString, QString>> rows {
        {tr("Credit code"), vendor.creditCode},
        {tr("Entity type"), DomainText::nameOfKey<EntityType>(vendor.entityType)},
        {tr("Category"), DomainText::nameOfKey<VendorCategory>(vendor.category)},
        {tr("Status"), DomainText::nameOfKey<VendorStatus>(vendor.status)},
    };
    if (!vendor.statusReason.isEmpty() || !vendor.leaveReason.isEmpty())
        rows.append({tr("Why"),
                     vendor.leaveReason.isEmpty() ? vendor.statusReason
                                                  : DomainText::nameOfKey<LeaveReason>(vendor.leaveReason)
                             + QLatin1Char(' ') + vendor.statusReason});
    rows += {
        {tr("Contact person"), vendor.contactPerson},
        {tr("Phone"), vendor.phone},
        {tr("E-mail"), vendor.email},
        {tr("Registered location"), vendor.province + QLatin1Char(' ') + vendor.city},
        {tr("Joined at"),
         QDateTime::fromMSecsSinceEpoch(vendor.joinedAtMs)
             .toLocalTime()
             .toString(QStringLiteral("yyyy-MM-dd"))},
        {tr("Markets"), QLocale().createSeparatedList(vendor.marketNames)},
        {tr("Deposit due"), due.format(locale)},
        {tr("Deposit balance"), balance.format(locale)},
        {tr("Shortfall"),
         balance >= due ? tr("None") : DepositLedger::shortfall(due, balance).format(locale)},
        {tr("Violation points this year"), QString::number(m_violations->pointsThisYear())},
        {tr("Change reports awaited"),
         m_changes->awaitedCount() == 0 ? tr("None")
                                        : tr("%n awaited, %1 overdue", nullptr, m_changes->awaitedCount())
                                              .arg(m_changes->overdueCount())},
        {tr("Products"), products.isEmpty() ? tr("None") : products.join(QLatin1Char('\n'))},
        {tr("Applications"), applications.isEmpty() ? tr("None") : applications.join(QLatin1Char('\n'))},
    };
    if (vendor.leftAtMs > 0)
        rows.append({tr("Left at"), DomainText::localTime(vendor.leftAtMs)});
    detailPane()->setRows(vendor.name, rows);
    showHistory(vendor.id);
}

void VendorsPage::showHistory(const VendorId& id)
{
    try {
        for (const VendorRepository::HistoryEntry& entry : m_repository.history(id)) {
            m_history->addEntry(DomainText::localTime(entry.atMs), entry.actor,
                                AuditText::step(entry.entity, entry.action),
                                AuditText::change(entry.entity, entry.before, entry.after));
        }
    } catch (const StorageError& error) {
        m_history->addError(error.userMessage());
    }
    m_history->fitColumns();
}

void VendorsPage::editContact()
{
    if (!m_current || !PermissionGate::allows(QLatin1String(Permissions::vendorManage)))
        return;
    const EditSession editing(m_database, QStringLiteral("vendor"), m_current->id.toString(), m_actor,
                              m_clock.nowUtc());
    EditVendorContactDialog dialog(*m_current, m_database, m_services.vendors, m_clock, m_actor, this);
    dialog.exec();
}

void VendorsPage::recordDeposit()
{
    if (!m_current)
        return;
    QList<std::pair<QString, QString>> violations;
    try {
        for (const VendorRepository::Violation& violation : m_repository.violations(m_current->id))
            violations.append({violation.id,
                               tr("%1, %2 (%3)")
                                   .arg(DomainText::localTime(violation.processedAtMs), violation.typeName,
                                        violation.description)});
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
        return;
    }
    DepositEntryDialog dialog(m_current->id, m_current->name, m_deposit->ledger().balance(),
                              m_deposit->ledger().due(m_clock.nowUtc()), violations, m_services.deposits,
                              m_clock, m_actor, this);
    dialog.exec();
}

void VendorsPage::recordViolation()
{
    if (!m_current)
        return;
    QList<CatalogueRepository::ViolationType> types;
    try {
        types = CatalogueRepository(m_database).violationTypes();
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
        return;
    }
    ViolationDialog dialog(m_current->id, m_current->name, m_violations->pointsThisYear(),
                           m_violations->expelPoints(), types, m_services.violations, m_clock, m_actor, this);
    dialog.exec();
}

void VendorsPage::recordChange()
{
    if (!m_current)
        return;
    MaterialChangeDialog dialog(m_current->id, m_current->name, m_services.vendors, m_clock, m_actor, this);
    dialog.exec();
}

void VendorsPage::changeStanding(bool expel)
{
    if (!m_current)
        return;
    QList<VendorRepository::UnfinishedOrder> unfinished;
    try {
        unfinished = m_repository.unfinishedServiceOrders(m_current->id);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
        return;
    }
    const EditSession editing(m_database, QStringLiteral("vendor"), m_current->id.toString(), m_actor,
                              m_clock.nowUtc());
    const QString id = m_current->id.toString();
    VendorStatusDialog dialog(*m_current, m_deposit->ledger().balance(), unfinished, m_repository,
                              m_services.vendors, m_clock, m_actor, this);
    if (expel) {
        dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(enumKey(VendorAction::Expel)));
        dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(enumKey(LeaveReason::Points)));
    }
    if (dialog.exec() == QDialog::Rejected)
        refreshChanged({id}); // the user may have chosen someone else's newer version
}
