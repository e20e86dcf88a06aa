#include "vendorchangestab.h"

#include "clock.h"
#include "domaintext.h"
#include "materialchangetext.h"
#include "permissiongate.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "vendorservice.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QDate chinaDateOf(qint64 ms)
{
    return ms > 0 ? MaterialChangeRule::chinaDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QDate();
}
} // namespace

VendorChangesTab::VendorChangesTab(Database& database, VendorService& service, const Clock& clock,
                                   const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_summary(new QLabel)
    , m_report(new QPushButton(tr("Report &received…")))
    , m_tree(new QTreeWidget)
{
    m_summary->setWordWrap(true);
    m_report->setToolTip(tr("The vendor reported the selected awaited change"));
    m_tree->setHeaderLabels({tr("What changed"), tr("Report"), tr("Took effect"), tr("Before"), tr("Now"),
                             tr("Note"), tr("Recorded by")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_report);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    PermissionGate::require(m_report, QLatin1String(Permissions::vendorManage));
    connect(m_report, &QPushButton::clicked, this, &VendorChangesTab::askReportDate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_report->setEnabled(selectedAwaited() != nullptr); });
    showVendor(std::nullopt);
}

void VendorChangesTab::showVendor(const std::optional<VendorRepository::Detail>& vendor)
{
    m_tree->clear();
    m_changes.clear();
    m_awaited = 0;
    m_overdue = 0;
    m_summary->clear();
    m_report->setEnabled(false);
    if (!vendor)
        return;
    try {
        m_changes = VendorRepository(m_database).materialChanges(vendor->id);
    } catch (const StorageError& error) {
        m_summary->setText(error.userMessage());
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    for (const VendorRepository::MaterialChange& change : std::as_const(m_changes)) {
        const QDate effectiveOn = chinaDateOf(change.effectiveAtMs);
        const QDate reportedOn = chinaDateOf(change.reportedAtMs);
        const auto kind = enumFromKey<MaterialChangeKind>(change.kind).value_or(MaterialChangeKind::Other);
        auto* item = new QTreeWidgetItem(
            m_tree,
            {MaterialChangeText::name(kind), MaterialChangeText::reportText(effectiveOn, reportedOn, now),
             effectiveOn.toString(Qt::ISODate), change.before, change.after, change.note,
             tr("%1, %2").arg(change.recordedBy, DomainText::localTime(change.recordedAtMs))});
        for (int column = Before; column < ColumnCount; ++column)
            item->setToolTip(column, item->text(column));
        const auto state = MaterialChangeRule::state(effectiveOn, reportedOn, now);
        if (!reportedOn.isValid())
            ++m_awaited;
        if (state == MaterialChangeRule::ReportState::Overdue
            || state == MaterialChangeRule::ReportState::Late)
            item->setForeground(Report, QColor(0xb0, 0x00, 0x20));
        if (state == MaterialChangeRule::ReportState::Overdue)
            ++m_overdue;
    }
    for (int column : {Kind, EffectiveOn, Report})
        m_tree->resizeColumnToContents(column);
    if (m_changes.isEmpty())
        m_summary->setText(tr("No material change recorded. A vendor reports changes of its name, legal "
                              "representative, address, capital, business scope or owners within %1 days.")
                               .arg(MaterialChangeRule::reportDays));
    else if (m_awaited == 0)
        m_summary->setText(tr("Every change was reported."));
    else
        m_summary->setText(tr("%n report(s) awaited, %1 overdue.", nullptr, m_awaited).arg(m_overdue));
}

const VendorRepository::MaterialChange* VendorChangesTab::selectedAwaited() const
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    if (row < 0 || row >= m_changes.size() || m_changes.at(row).reportedAtMs > 0)
        return nullptr;
    return &m_changes.at(row);
}

void VendorChangesTab::askReportDate()
{
    if (!selectedAwaited())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Report received"));
    auto* date = new QDateEdit(MaterialChangeRule::chinaDate(m_clock.nowUtc()));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(date->date());
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("The vendor reported it on"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        markReported(date->date());
}

bool VendorChangesTab::markReported(QDate reportedOn)
{
    const VendorRepository::MaterialChange* change = selectedAwaited();
    if (!change)
        return false;
    const ReportMaterialChange command {{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                                        change->id,
                                        change->version,
                                        reportedOn};
    const WriteOutcome outcome = m_service.reportChange(command);
    if (outcome.succeeded())
        return true;
    QStringList problems {outcome.message};
    for (const FieldError& error : outcome.fieldErrors)
        problems << error.message;
    problems.removeAll(QString());
    QMessageBox::warning(this, tr("Report received"), problems.join(QLatin1Char('\n')));
    return false;
}
