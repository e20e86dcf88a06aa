#include "cataloguespage.h"

#include "catalogueentrydialog.h"
#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "permissiongate.h"
#include "storageerror.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CataloguesPage::CataloguesPage(Database& database, CatalogueService& service, const Clock& clock,
                               const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_tabs(new QTabWidget)
{
    const QString titles[]
        = {tr("Markets and deposits"), tr("Entry checklists"), tr("Violation types"), tr("Couriers")};
    for (CatalogueKind kind : enumValues<CatalogueKind>()) {
        auto* model = new CatalogueModel(kind, this);
        auto* view = new QTableView;
        view->setModel(model);
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(kind == CatalogueKind::Condition ? 2 : 0,
                                                       QHeaderView::Stretch);
        connect(view, &QTableView::activated, this, [this] { edit(false); });
        m_models << model;
        m_views << view;
        m_tabs->addTab(view, titles[int(kind)]);
    }
    auto* add = new QPushButton(tr("&Add…"));
    auto* change = new QPushButton(tr("&Change…"));
    add->setToolTip(tr("Add an entry to this catalogue (Ctrl+N)"));
    change->setToolTip(tr("Change the selected entry (Enter)"));
    for (QObject* editing : std::initializer_list<QObject*> {add, change})
        PermissionGate::require(editing, QLatin1String(Permissions::catalogueEdit));
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(change, &QPushButton::clicked, this, [this] { edit(false); });
    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    PermissionGate::require(newAction, QLatin1String(Permissions::catalogueEdit));
    connect(newAction, &QAction::triggered, this, [this] { edit(true); });
    addAction(newAction);
    auto* note
        = new QLabel(tr("A vendor's deposit due is the highest deposit among its markets. Changes apply to "
                        "applications and violations recorded from now on."));
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(add);
    buttons->addWidget(change);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    connect(&m_service, &CatalogueService::changed, this, &CataloguesPage::reload);
    reload();
}

void CataloguesPage::reload()
{
    try {
        CatalogueRepository repository(m_database);
        for (CatalogueModel* model : std::as_const(m_models))
            model->reload(repository);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
    }
    for (QTableView* view : std::as_const(m_views))
        view->resizeColumnsToContents();
}

void CataloguesPage::edit(bool create)
{
    if (!PermissionGate::allows(QLatin1String(Permissions::catalogueEdit)))
        return;
    const int tab = m_tabs->currentIndex();
    CatalogueModel* model = m_models.at(tab);
    const QModelIndex current = m_views.at(tab)->currentIndex();
    if (!create && !current.isValid())
        return;
    SaveCatalogueEntry entry;
    entry.kind = model->kind();
    if (create)
        entry.position = model->rowCount() + 1;
    else
        entry = model->entry(current.row());
    QList<CatalogueRepository::Market> markets;
    try {
        markets = CatalogueRepository(m_database).markets();
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
        return;
    }
    CatalogueEntryDialog dialog(entry, markets, m_database, m_service, m_clock, m_actor, this);
    dialog.exec();
}
