#include "mainwindow.h"

#include "applicationservice.h"
#include "applicationspage.h"
#include "cataloguespage.h"
#include "changefeed.h"
#include "contractspage.h"
#include "database.h"
#include "deliveriespage.h"
#include "duejobscheduler.h"
#include "invoicespage.h"
#include "orderspage.h"
#include "pagedtablemodel.h"
#include "permissiongate.h"
#include "productspage.h"
#include "settingspage.h"
#include "userspage.h"
#include "vendorspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

MainWindow::MainWindow(const Context& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("MarketDesk"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);

    addPage(QStringLiteral("vendors"), tr("Vendors"),
            new VendorsPage(context.database, {context.vendors, context.deposits, context.violations},
                            context.clock, context.actor));
    addPage(QStringLiteral("applications"), tr("Applications"),
            new ApplicationsPage(context.database, context.applications, context.clock, context.actor));
    addPage(QStringLiteral("orders"), tr("Orders"),
            new OrdersPage(context.database, context.refunds, context.clock, context.actor));
    addPage(QStringLiteral("deliveries"), tr("Deliveries"),
            new DeliveriesPage(context.database, context.deliveries, context.refunds, context.clock,
                               context.actor));
    addPage(QStringLiteral("invoices"), tr("Invoice requests"),
            new InvoicesPage(context.database, context.invoices, context.marketplace, context.clock,
                             context.actor));
    addPage(QStringLiteral("contracts"), tr("Contracts"),
            new ContractsPage(context.database, context.contracts, context.clock, context.actor));
    addPage(QStringLiteral("products"), tr("Products"),
            new ProductsPage(context.database, context.clock, context.actor));
    addPage(QStringLiteral("settings"), tr("Settings"),
            new SettingsPage(context.preferences,
                             {context.database.url(), context.urlSource, context.savedConnectionOverriddenBy},
                             context.database, context.holidays, context.clock, context.actor,
                             context.marketplace, context.credentials));

    addPage(QStringLiteral("catalogues"), tr("Catalogues"),
            new CataloguesPage(context.database, context.catalogues, context.clock, context.actor));
    addPage(QStringLiteral("users"), tr("Users"),
            new UsersPage(context.database, context.clock, context.actor));
    // An approval creates a vendor: a new row, so the list is read again rather than refreshed.
    connect(&context.applications, &ApplicationService::changed, this, [this](const QString& entity) {
        if (auto* vendors = qobject_cast<QueuePage*>(page(QStringLiteral("vendors")));
            vendors && entity == QStringLiteral("vendor"))
            vendors->model()->reload();
    });

    PermissionGate::apply(this, context.permissions);

    // What other clients commit on a shared server refreshes the open lists (LISTEN/NOTIFY).
    auto* feed = new ChangeFeed(context.database, this);
    connect(feed, &ChangeFeed::changed, this, [this](const QString& entity, const QStringList& ids) {
        static const QHash<QString, QString> pageOfEntity {
            {QStringLiteral("invoice_request"), QStringLiteral("invoices")},
            {QStringLiteral("vendor"), QStringLiteral("vendors")},
            {QStringLiteral("application"), QStringLiteral("applications")},
            {QStringLiteral("order"), QStringLiteral("orders")},
            {QStringLiteral("delivery"), QStringLiteral("deliveries")},
            {QStringLiteral("contract"), QStringLiteral("contracts")},
            {QStringLiteral("product"), QStringLiteral("products")},
        };
        if (auto* queue = qobject_cast<QueuePage*>(page(pageOfEntity.value(entity))))
            queue->refreshChanged(ids);
    });
    connect(feed, &ChangeFeed::connectionLost, this, [this] {
        statusBar()->showMessage(tr("The connection to the server is lost; MarketDesk keeps trying."));
    });
    connect(feed, &ChangeFeed::reconnected, this, [this] {
        statusBar()->showMessage(tr("Connected to the server again."), 10000);
        // What changed while the connection was down was not announced: read the open lists again.
        for (QWidget* widget : std::as_const(m_pages)) {
            if (auto* queue = qobject_cast<QueuePage*>(widget))
                queue->refreshChanged({});
        }
    });
    feed->start();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* databaseLabel = new QLabel(tr("Database: %1").arg(context.database.url().toString()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_order.size())
            return;
        QWidget* page = m_pages.value(m_order.at(row));
        m_stack->setCurrentWidget(page);
        if (auto* queue = qobject_cast<QueuePage*>(page))
            queue->activate();
    });

    QSettings& preferences = context.preferences;
    if (!restoreGeometry(preferences.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    for (const QString& name : std::as_const(m_order)) {
        if (auto* queue = qobject_cast<QueuePage*>(m_pages.value(name))) {
            preferences.beginGroup(QStringLiteral("pages"));
            queue->restoreState(preferences);
            preferences.endGroup();
        }
    }
    if (!showPage(preferences.value(QStringLiteral("window/page")).toString()))
        showPage(QStringLiteral("vendors"));

    // Ctrl+1 … Ctrl+9 and then Ctrl+0 jump to the areas in navigation order, as the digit keys lie.
    for (int i = 0; i < m_order.size() && i < 10; ++i) {
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
        connect(jump, &QAction::triggered, this, [this, i] { showPage(m_order.at(i)); });
        addAction(jump);
    }
}

void MainWindow::addPage(const QString& name, const QString& title, QWidget* page)
{
    page->setObjectName(name);
    m_stack->addWidget(page);
    m_pages.insert(name, page);
    m_order << name;
    m_navigation->addItem(title);
}

/// Puts the keyboard focus into the page shown, so that the arrow keys walk its list rather than
/// the navigation: the page's focus proxy (a queue's list), else its first widget reached by Tab.
void MainWindow::focusCurrentPage()
{
    QWidget* page = m_stack->currentWidget();
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget* next = page->nextInFocusChain(); next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisibleTo(page) && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus) != 0) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

QStringList MainWindow::pageNames() const
{
    return m_order;
}

bool MainWindow::showPage(const QString& name)
{
    const int row = int(m_order.indexOf(name));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    focusCurrentPage();
    return true;
}

QString MainWindow::currentPageName() const
{
    return m_order.value(m_navigation->currentRow());
}

void MainWindow::setCalendarWarning(const QString& warning)
{
    if (warning.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(warning);
}

void MainWindow::startDueJobs(int intervalMs)
{
    if (!m_dueJobs) {
        m_dueJobs = new DueJobScheduler(m_context.database, m_context.clock, m_context.actor, this);
        connect(m_dueJobs, &DueJobScheduler::finished, this, [this](const DueJobRunner::Report& report) {
            if (!report.error.isEmpty())
                statusBar()->showMessage(tr("Due jobs failed: %1").arg(report.error));
            QStringList done;
            if (report.autoAccepted > 0)
                done << tr("%n delivery(ies) accepted automatically after the acceptance period.", nullptr,
                           report.autoAccepted);
            if (report.redLettersLapsed > 0)
                done << tr("%n red-letter form(s) lapsed: raise them again.", nullptr,
                           report.redLettersLapsed);
            if (report.vendorsSuspended > 0)
                done << tr("%n vendor(s) suspended: the deposit was not topped up in time.", nullptr,
                           report.vendorsSuspended);
            if (report.productsDelisted > 0)
                done << tr("%n product(s) delisted for having no orders.", nullptr, report.productsDelisted);
            if (done.isEmpty())
                return;
            statusBar()->showMessage(done.join(QLatin1Char(' ')), 10000);
            // Only the lists the jobs changed are read again.
            const auto reload = [this](const QString& name) {
                if (auto* queue = qobject_cast<QueuePage*>(page(name)))
                    queue->model()->reload();
            };
            if (report.autoAccepted > 0)
                reload(QStringLiteral("deliveries"));
            if (report.redLettersLapsed > 0)
                reload(QStringLiteral("invoices"));
            if (report.vendorsSuspended > 0)
                reload(QStringLiteral("vendors"));
            if (report.productsDelisted > 0)
                reload(QStringLiteral("products"));
        });
    }
    m_dueJobs->start(intervalMs);
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    const QSize size = (QSizeF(available.size()) * 0.85).toSize();
    setGeometry(QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, size, available));
}

void MainWindow::saveState()
{
    QSettings& preferences = m_context.preferences;
    preferences.setValue(QStringLiteral("window/geometry"), saveGeometry());
    preferences.setValue(QStringLiteral("window/page"), currentPageName());
    preferences.beginGroup(QStringLiteral("pages"));
    for (QWidget* page : std::as_const(m_pages)) {
        if (auto* queue = qobject_cast<QueuePage*>(page))
            queue->saveState(preferences);
    }
    preferences.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}
