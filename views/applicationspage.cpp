#include "applicationspage.h"

#include "applicationdialog.h"
#include "applicationlistmodel.h"
#include "applicationreviewdialog.h"
#include "applicationservice.h"
#include "clock.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editsession.h"
#include "permissiongate.h"
#include "rowmenu.h"
#include "storageerror.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>

ApplicationsPage::ApplicationsPage(Database& database, ApplicationService& service, const Clock& clock,
                                   const QString& actor, QWidget* parent)
    : QueuePage(QStringLiteral("applications"), new ApplicationListModel(database, clock), parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
{
    showEditors(database, clock, QStringLiteral("application"), actor);
    enableSearch(tr("Search company, credit code, contact or phone"));
    setEmptyText(tr("No applications yet. Type one in with New application…."));
    QToolBar* bar = toolBar();
    m_new = bar->addAction(tr("New application…"), this, [this] { openForm(false); });
    m_new->setShortcut(QKeySequence::New);
    m_resume = bar->addAction(tr("Edit / resubmit…"), this, [this] { openForm(true); });
    m_resume->setShortcut(Qt::CTRL | Qt::Key_E);
    m_resume->setToolTip(tr("Resume a draft or correct a rejected application (Ctrl+E)"));
    m_review = bar->addAction(tr("Review…"), this, &ApplicationsPage::review);
    m_review->setShortcut(Qt::CTRL | Qt::Key_R);
    m_review->setToolTip(tr("Open the checklist and decide (Ctrl+R, or Enter on a row)"));
    PermissionGate::require(m_new, QLatin1String(Permissions::applicationCreate));
    PermissionGate::require(m_resume, QLatin1String(Permissions::applicationCreate));
    PermissionGate::require(m_review, QLatin1String(Permissions::applicationApprove));
    for (QAction* action : {m_new, m_resume, m_review}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    rowMenu()->addGroup({m_resume, m_review});
    repaintEveryMinute(); // how long an application has waited grows while the page is open
    connect(tableView(), &QTableView::activated, this, [this] {
        if (m_current && ApplicationWorkflow::isEditable(m_current->status))
            openForm(true);
        else
            review();
    });
    connect(&m_service, &ApplicationService::changed, this,
            [this](const QString& entity, const QStringList& ids) {
                if (entity != QStringLiteral("application"))
                    return;
                model()->refreshRows(ids);
                refreshDetail();
            });
    updateActions();
}

void ApplicationsPage::updateActions()
{
    m_resume->setEnabled(m_current && ApplicationWorkflow::isEditable(m_current->status));
    m_review->setEnabled(m_current && m_current->status != ApplicationStatus::Draft);
}

void ApplicationsPage::showDetail(const QString& id)
{
    QString readFailure;
    try {
        m_current = ApplicationRepository(m_database).detail(id);
    } catch (const StorageError& error) {
        m_current.reset();
        readFailure = tr("The application could not be read: %1").arg(error.userMessage());
    }
    updateActions();
    if (!m_current) {
        detailPane()->showMessage(readFailure.isEmpty() ? tr("This application no longer exists.")
                                                        : readFailure);
        return;
    }
    const ApplicationRepository::Detail& detail = *m_current;
    QStringList files;
    for (const AttachmentStore::File& file : detail.files)
        files << file.fileName;
    QList<std::pair<QString, QString>> rows {
        {tr("Status"), DomainText::name(detail.status)},
        {tr("Entity type"), DomainText::name(detail.entityType)},
        {tr("Credit code"), detail.creditCode},
        {tr("Category"), DomainText::name(detail.category)},
        {tr("Registered location"), detail.province + QLatin1Char(' ') + detail.city},
        {tr("Contact person"), detail.contactPerson},
        {tr("Phone"), detail.phone},
        {tr("E-mail"), detail.email},
        {tr("Markets"), QLocale().createSeparatedList(detail.marketNames)},
        {tr("Service staff, hours, warranty"),
         tr("%1 · %2 · %3").arg(detail.serviceStaffCount).arg(detail.serviceHours, detail.warrantyPeriod)},
        {tr("Agreements"),
         detail.acceptsEntryAgreement && detail.acceptsManagementRules && detail.acceptsPlatformAgreement
             ? tr("All three accepted")
             : tr("Not all accepted")},
        {tr("Material"), files.isEmpty() ? tr("None attached") : files.join(QStringLiteral("\n"))},
        {tr("Checklist"),
         tr("%1 of %2 ticked").arg(detail.checks.size() - detail.untickedCount()).arg(detail.checks.size())},
    };
    if (detail.submittedAtMs > 0)
        rows.append({tr("Submitted at"), DomainText::localTime(detail.submittedAtMs)});
    if (!detail.rejectReason.isEmpty())
        rows.append({tr("Reject reason"), detail.rejectReason});
    if (!detail.overrideReason.isEmpty())
        rows.append({tr("Override reason"), detail.overrideReason});
    if (detail.decidedAtMs > 0)
        rows.append(
            {tr("Decided"), tr("%1 by %2").arg(DomainText::localTime(detail.decidedAtMs), detail.decidedBy)});
    detailPane()->setRows(detail.companyName, rows);
}

void ApplicationsPage::openForm(bool resume)
{
    if ((resume && !(m_current && ApplicationWorkflow::isEditable(m_current->status)))
        || !PermissionGate::allows(QLatin1String(Permissions::applicationCreate)))
        return;
    QList<CatalogueRepository::Market> markets;
    try {
        markets = CatalogueRepository(m_database).markets();
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.userMessage());
        return;
    }
    std::optional<EditSession> editing;
    if (resume)
        editing.emplace(m_database, QStringLiteral("application"), m_current->id, m_actor, m_clock.nowUtc());
    ApplicationDialog dialog(resume ? m_current : std::nullopt, markets, m_database, m_service, m_clock,
                             m_actor, this);
    if (dialog.exec() == QDialog::Accepted && !resume)
        model()->reload();
}

void ApplicationsPage::review()
{
    if (!m_current || m_current->status == ApplicationStatus::Draft
        || !PermissionGate::allows(QLatin1String(Permissions::applicationApprove)))
        return;
    const EditSession editing(m_database, QStringLiteral("application"), m_current->id, m_actor,
                              m_clock.nowUtc());
    const QString id = m_current->id;
    ApplicationReviewDialog dialog(id, m_database, m_service, m_clock, m_actor, this);
    dialog.exec();
    refreshChanged({id}); // the user may have chosen someone else's newer version
}
