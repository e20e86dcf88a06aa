#include "applicationreviewdialog.h"

#include "applicationservice.h"
#include "checklistmodel.h"
#include "checklistview.h"
#include "clock.h"
#include "domaintext.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

ApplicationReviewDialog::ApplicationReviewDialog(const QString& applicationId, Database& database,
                                                 ApplicationService& service, const Clock& clock,
                                                 const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_applicationId(applicationId)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_summary(new QLabel)
    , m_files(new QListWidget)
    , m_table(new ChecklistView(ChecklistView::MarketColumn::Shown))
    , m_progress(new QLabel)
    , m_reason(new QPlainTextEdit)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_reason->setPlaceholderText(
        tr("Reason: why it is rejected, or why unticked items are overridden when approving"));
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("reason"), m_reason, tr("Reason"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_start = buttons->addButton(tr("&Start review"), QDialogButtonBox::ActionRole);
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    connect(m_start, &QPushButton::clicked, this, [this] { decide(ApplicationAction::StartReview); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ApplicationAction::Reject); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ApplicationAction::Approve); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplicationReviewDialog::reject);
    connect(m_table->checklist(), &ChecklistModel::itemEdited, this, &ApplicationReviewDialog::storeCheck);

    m_files->setMaximumHeight(70);
    m_files->setToolTip(tr("Double-click or press Enter to open a file"));
    connect(m_files, &QListWidget::activated, this,
            [this](const QModelIndex& index) { openFile(index.row()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Qualification material")));
    layout->addWidget(m_files);
    layout->addWidget(new QLabel(
        tr("Entry checklist: tick each condition that is met (Space), note what you checked (F2)")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_reason);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    reload();
    focusNextStep();
    resize(980, 640);
}

/// The keys the dialog's words promise work at once: Space ticks the checklist while the review is
/// under way; before it, Enter starts the review.
void ApplicationReviewDialog::focusNextStep()
{
    if (m_detail && m_detail->status == ApplicationStatus::UnderReview) {
        m_table->setFocus();
    } else if (m_start->isEnabled()) {
        m_start->setDefault(true);
        m_start->setFocus();
    }
}

void ApplicationReviewDialog::reload()
{
    try {
        m_detail = ApplicationRepository(m_database).detail(m_applicationId);
    } catch (const StorageError& error) {
        m_summary->setText(tr("The application could not be read: %1").arg(error.userMessage()));
        m_detail.reset();
    }
    const ApplicationStatus status = m_detail ? m_detail->status : ApplicationStatus::Approved;
    m_start->setEnabled(ApplicationWorkflow::target(ApplicationAction::StartReview, status).has_value());
    m_approve->setEnabled(ApplicationWorkflow::target(ApplicationAction::Approve, status).has_value());
    m_reject->setEnabled(ApplicationWorkflow::target(ApplicationAction::Reject, status).has_value());
    m_reason->setEnabled(m_reject->isEnabled());
    if (!m_detail)
        return;
    const ApplicationRepository::Detail& detail = *m_detail;
    setWindowTitle(tr("Review: %1").arg(detail.companyName));
    m_files->clear();
    for (const AttachmentStore::File& file : detail.files) {
        auto* item = new QListWidgetItem(
            tr("%1: %2 (%3 KB)")
                .arg(DomainText::nameOfKey<ApplicationFileKind>(file.fileKind), file.fileName)
                .arg((file.sizeBytes + 1023) / 1024),
            m_files);
        item->setData(Qt::UserRole, file.id);
        item->setData(Qt::UserRole + 1, file.fileName);
    }
    QString summary = tr("<b>%1</b> — %2, %3<br>Credit code %4 · %5 %6<br>Contact %7, %8, %9<br>"
                         "Markets: %10<br>Service staff %11 · hours %12 · warranty %13<br>Main business: %14")
                          .arg(detail.companyName.toHtmlEscaped(), DomainText::name(detail.status),
                               DomainText::name(detail.entityType), detail.creditCode.toHtmlEscaped(),
                               detail.province, detail.city, detail.contactPerson.toHtmlEscaped(),
                               detail.phone.toHtmlEscaped(), detail.email.toHtmlEscaped())
                          .arg(QLocale().createSeparatedList(detail.marketNames).toHtmlEscaped())
                          .arg(detail.serviceStaffCount)
                          .arg(detail.serviceHours.toHtmlEscaped(), detail.warrantyPeriod.toHtmlEscaped(),
                               detail.mainBusiness.toHtmlEscaped());
    if (!detail.rejectReason.isEmpty())
        summary
            += QStringLiteral("<br>") + tr("Rejected before: %1").arg(detail.rejectReason.toHtmlEscaped());
    m_summary->setText(summary);
    m_table->showChecks(detail.checks, detail.status == ApplicationStatus::UnderReview);
    const int unticked = detail.untickedCount();
    m_progress->setText(
        unticked == 0
            ? tr("Every condition is ticked.")
            : tr("%n of %1 condition(s) not ticked yet.", nullptr, unticked).arg(detail.checks.size()));
}

void ApplicationReviewDialog::storeCheck(const QString& conditionId, bool ticked, const QString& note)
{
    const CheckApplicationItem command {{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                                        m_applicationId,
                                        conditionId,
                                        ticked,
                                        note};
    m_feedback->report(m_service.checkItem(command));
    reload();
}

bool ApplicationReviewDialog::decide(ApplicationAction action)
{
    if (!m_detail)
        return false;
    m_feedback->clear();
    DecideApplication command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.applicationId = m_applicationId;
    command.baseVersion = m_detail->version;
    command.action = action;
    command.reason = m_reason->toPlainText();
    if (action == ApplicationAction::Approve)
        command.vendorId = VendorId(TimeOrderedUuid::create());
    ApplicationRepository repository(m_database);
    const StepSaver::Result result
        = WorkflowSteps::save(command, *m_detail, repository, m_service, m_clock, this);
    if (result.next == StepSaver::Next::Stay)
        return false; // still on the version first opened, so the next try meets the conflict again
    // Reload shows their version here; the reason typed stays.
    const bool stored = result.next == StepSaver::Next::Report && m_feedback->report(result.outcome);
    reload();
    if (stored && action == ApplicationAction::StartReview)
        focusNextStep();
    else if (stored)
        QDialog::accept();
    return stored;
}

QString ApplicationReviewDialog::exportFile(int row)
{
    const QListWidgetItem* item = m_files->item(row);
    if (!item || !m_exported.isValid())
        return {};
    QByteArray content;
    try {
        content = AttachmentStore(m_database).content(item->data(Qt::UserRole).toString());
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Open file"), error.userMessage());
        return {};
    }
    QString path = m_exported.filePath(QString::number(row) + QLatin1Char('-')
                                       + QFileInfo(item->data(Qt::UserRole + 1).toString()).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        QMessageBox::warning(this, tr("Open file"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return {};
    }
    return path;
}

void ApplicationReviewDialog::openFile(int row)
{
    const QString path = exportFile(row);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
