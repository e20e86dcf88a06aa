#include "applicationreviewdialog.h"

#include "applicationservice.h"
#include "checklistmodel.h"
#include "clock.h"
#include "domaintext.h"
#include "storageerror.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
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
    , m_checklist(new ChecklistModel(this))
    , m_table(new QTableView)
    , m_progress(new QLabel)
    , m_reason(new QPlainTextEdit)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_checklist);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Condition, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Note, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
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
    connect(m_checklist, &ChecklistModel::itemEdited, this, &ApplicationReviewDialog::storeCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(
        tr("Entry checklist: tick each condition that is met (Space), note what you checked (F2)")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_reason);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    reload();
    resize(980, 640);
}

void ApplicationReviewDialog::reload()
{
    try {
        m_detail = ApplicationRepository(m_database).detail(m_applicationId);
    } catch (const StorageError& error) {
        m_summary->setText(tr("The application could not be read: %1").arg(error.message()));
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
    QStringList files;
    for (const AttachmentStore::File& file : detail.files)
        files << tr("%1 (%2)").arg(file.fileName, DomainText::nameOfKey<ApplicationFileKind>(file.fileKind));
    QString summary
        = tr("<b>%1</b> — %2, %3<br>Credit code %4 · %5 %6<br>Contact %7, %8, %9<br>"
             "Markets: %10<br>Service staff %11 · hours %12 · warranty %13<br>Main business: %14<br>"
             "Material: %15")
              .arg(detail.companyName.toHtmlEscaped(), DomainText::name(detail.status),
                   DomainText::name(detail.entityType), detail.creditCode.toHtmlEscaped(), detail.province,
                   detail.city, detail.contactPerson.toHtmlEscaped(), detail.phone.toHtmlEscaped(),
                   detail.email.toHtmlEscaped())
              .arg(detail.marketNames.join(QStringLiteral("、")))
              .arg(detail.serviceStaffCount)
              .arg(detail.serviceHours.toHtmlEscaped(), detail.warrantyPeriod.toHtmlEscaped(),
                   detail.mainBusiness.toHtmlEscaped(),
                   files.isEmpty() ? tr("none") : files.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!detail.rejectReason.isEmpty())
        summary
            += QStringLiteral("<br>") + tr("Rejected before: %1").arg(detail.rejectReason.toHtmlEscaped());
    m_summary->setText(summary);
    m_checklist->setChecks(detail.checks, detail.status == ApplicationStatus::UnderReview);
    m_table->resizeRowsToContents();
    const int unticked = detail.untickedCount();
    m_progress->setText(
        unticked == 0
            ? tr("Every condition is ticked.")
            : tr("%n of %1 condition(s) not ticked yet.", nullptr, unticked).arg(detail.checks.size()));
}

void ApplicationReviewDialog::storeCheck(const QString& conditionId, bool ticked, const QString& note)
{
    const CheckApplicationItem command {{CommandId(QUuid::createUuid()), m_actor, m_clock.nowUtc()},
                                        m_applicationId,
                                        conditionId,
                                        ticked,
                                        note};
    m_feedback->report(m_service.checkItem(command));
    const QModelIndex current = m_table->currentIndex();
    reload();
    m_table->setCurrentIndex(current);
}

bool ApplicationReviewDialog::decide(ApplicationAction action)
{
    if (!m_detail)
        return false;
    m_feedback->clear();
    DecideApplication command;
    command.header = {CommandId(QUuid::createUuid()), m_actor, m_clock.nowUtc()};
    command.applicationId = m_applicationId;
    command.baseVersion = m_detail->version;
    command.action = action;
    command.reason = m_reason->toPlainText();
    if (action == ApplicationAction::Approve)
        command.vendorId = VendorId(QUuid::createUuid());
    const bool stored = m_feedback->report(m_service.decide(command));
    reload();
    if (stored && action != ApplicationAction::StartReview)
        QDialog::accept();
    return stored;
}
