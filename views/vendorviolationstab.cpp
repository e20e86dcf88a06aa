#include "vendorviolationstab.h"

#include "clock.h"
#include "domaintext.h"
#include "permissiongate.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "vendorlifecycle.h"
#include "violationpoints.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

VendorViolationsTab::VendorViolationsTab(Database& database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_proposal(new QLabel)
    , m_expel(new QPushButton(tr("Confirm expulsion…")))
    , m_tree(new QTreeWidget)
{
    m_proposal->setWordWrap(true);
    m_proposal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_tree->setHeaderLabels({tr("Year / type"), tr("Points"), tr("Occurred"), tr("Processed"),
                             tr("What happened"), tr("Recorded by")});
    m_tree->setWordWrap(true);
    auto* proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposal, 1);
    proposalRow->addWidget(m_expel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(proposalRow);
    layout->addWidget(m_tree, 1);
    PermissionGate::require(m_expel, QLatin1String(Permissions::vendorExpel));
    connect(m_expel, &QPushButton::clicked, this, &VendorViolationsTab::expulsionRequested);
    showVendor(std::nullopt);
}

void VendorViolationsTab::showVendor(const std::optional<VendorRepository::Detail>& vendor)
{
    m_tree->clear();
    m_pointsThisYear = 0;
    m_proposal->hide();
    PermissionGate::setVisible(m_expel, false);
    if (!vendor)
        return;
    QList<VendorRepository::Violation> violations;
    try {
        violations = VendorRepository(m_database).violations(vendor->id);
    } catch (const StorageError& error) {
        new QTreeWidgetItem(m_tree, {error.userMessage()});
        return;
    }
    const int thisYear = ViolationPoints::countedYear(m_clock.nowUtc());
    QMap<int, QTreeWidgetItem*> years;
    QMap<int, int> totals;
    for (const VendorRepository::Violation& violation : violations) {
        QTreeWidgetItem*& year = years[violation.countedYear];
        if (!year)
            year = new QTreeWidgetItem(m_tree);
        totals[violation.countedYear] += violation.points;
        new QTreeWidgetItem(year,
                            {violation.typeName, QString::number(violation.points),
                             QDateTime::fromMSecsSinceEpoch(violation.occurredAtMs, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd")),
                             DomainText::localTime(violation.processedAtMs), violation.description,
                             violation.recordedBy});
    }
    for (auto it = years.begin(); it != years.end(); ++it) {
        it.value()->setText(0, QString::number(it.key()));
        it.value()->setText(1, tr("%n point(s)", nullptr, totals.value(it.key())));
        it.value()->setExpanded(it.key() == thisYear);
        it.value()->setFirstColumnSpanned(false);
    }
    m_tree->sortItems(0, Qt::DescendingOrder);
    m_tree->resizeColumnToContents(0);
    m_pointsThisYear = totals.value(thisYear);
    m_expelPoints = SettingsService::rulesOrSpec(m_database).expelPoints;
    const auto status = enumFromKey<VendorStatus>(vendor->status).value_or(VendorStatus::Active);
    if (ViolationPoints::proposesExpulsion(m_pointsThisYear, m_expelPoints)
        && VendorLifecycle::isOnMarketplace(status)) {
        m_proposal->setText(
            tr("%1 points in %2 (%3 or more): expulsion is proposed — all products delisted, the "
               "vendor expelled, the deposit deducted.")
                .arg(m_pointsThisYear)
                .arg(thisYear)
                .arg(m_expelPoints));
        m_proposal->show();
        PermissionGate::setVisible(m_expel, true);
    }
}
