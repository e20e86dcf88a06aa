#include "vendorspage.h"

#include "detailpane.h"
#include "domaintext.h"
#include "editvendorcontactdialog.h"
#include "storageerror.h"
#include "vendorlistmodel.h"
#include "vendorservice.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

VendorsPage::VendorsPage(Database& database, VendorService& service, const Clock& clock, const QString& actor,
                         QWidget* parent)
    : QueuePage(QStringLiteral("vendors"), new VendorListModel(database), parent)
    , m_repository(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_editButton(new QPushButton(tr("&Edit contact…"), this))
{
    m_editButton->setEnabled(false);
    m_editButton->setToolTip(tr("Edit the contact person, phone and e-mail (Ctrl+E)"));
    detailPane()->addFooter(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, &VendorsPage::editContact);
    auto* editAction = new QAction(tr("Edit contact"), this);
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(editAction, &QAction::triggered, this, &VendorsPage::editContact);
    addAction(editAction);
    connect(tableView(), &QTableView::activated, this, &VendorsPage::editContact);
    connect(&m_service, &VendorService::changed, this, [this](const QString&, const QStringList& ids) {
        model()->refreshRows(ids);
        refreshDetail();
    });
}

void VendorsPage::showDetail(const QString& id)
{
    std::optional<VendorRepository::Detail> vendor;
    try {
        vendor = m_repository.detail(VendorId::fromString(id));
    } catch (const StorageError& error) {
        detailPane()->showMessage(tr("The vendor could not be read: %1").arg(error.message()));
        m_editButton->setEnabled(false);
        return;
    }
    m_editButton->setEnabled(vendor.has_value());
    if (!vendor) {
        detailPane()->showMessage(tr("This vendor no longer exists."));
        return;
    }
    const QLocale locale;
    const Money shortfall = vendor->depositDue - vendor->depositBalance;
    detailPane()->setRows(
        vendor->name,
        {
            {tr("Credit code"), vendor->creditCode},
            {tr("Entity type"), DomainText::nameOfKey<EntityType>(vendor->entityType)},
            {tr("Category"), DomainText::nameOfKey<VendorCategory>(vendor->category)},
            {tr("Status"), DomainText::nameOfKey<VendorStatus>(vendor->status)},
            {tr("Contact person"), vendor->contactPerson},
            {tr("Phone"), vendor->phone},
            {tr("E-mail"), vendor->email},
            {tr("Registered location"), vendor->province + QLatin1Char(' ') + vendor->city},
            {tr("Joined at"),
             QDateTime::fromMSecsSinceEpoch(vendor->joinedAtMs)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd"))},
            {tr("Markets"), vendor->marketNames.join(QStringLiteral("、"))},
            {tr("Deposit due"), vendor->depositDue.format(locale)},
            {tr("Deposit balance"), vendor->depositBalance.format(locale)},
            {tr("Shortfall"),
             shortfall.isNegative() || shortfall == Money() ? tr("None") : shortfall.format(locale)},
        });
}

void VendorsPage::editContact()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    std::optional<VendorRepository::Detail> vendor;
    try {
        vendor = m_repository.detail(VendorId::fromString(id));
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Database error"), error.message());
        return;
    }
    if (!vendor)
        return;
    EditVendorContactDialog dialog(*vendor, m_service, m_clock, m_actor, this);
    dialog.exec();
}
