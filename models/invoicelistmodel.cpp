#include "invoicelistmodel.h"

#include "domaintext.h"
#include "invoicerequestrepository.h"
#include "invoiceworkflow.h"

#include <QBrush>
#include <QColor>

InvoiceListModel::InvoiceListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, InvoiceRequestRepository::tableSpec(), parent)
{
    watchDeadlines(clock);
}

bool InvoiceListModel::orderRefunded(int row) const
{
    const QString orderStatus = extrasAt(row).value(InvoiceRequestRepository::OrderStatusExtra).toString();
    return orderStatus == QStringLiteral("refunded") || orderStatus == QStringLiteral("refunding");
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == InvoiceRequestRepository::OrderNo && orderRefunded(index.row())) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        if (role == Qt::ToolTipRole)
            return tr("The order was refunded: mark the request refunded instead of issuing it.");
        if (role == Qt::DisplayRole)
            return tr("%1 (refunded)").arg(PagedTableModel::data(index, role).toString());
    }
    if (index.column() == InvoiceRequestRepository::Sync) {
        const QString error
            = extrasAt(index.row()).value(InvoiceRequestRepository::SyncErrorExtra).toString();
        const QString state = PagedTableModel::data(index, RawValueRole).toString();
        if (role == Qt::ToolTipRole && !error.isEmpty())
            return error;
        if (role == Qt::ForegroundRole && state == enumKey(SyncState::Failed))
            return QBrush(QColor(0xC6, 0x28, 0x28));
        if (role == Qt::DisplayRole && !error.isEmpty())
            return tr("%1 (last try failed)").arg(PagedTableModel::data(index, role).toString());
    }
    return PagedTableModel::data(index, role);
}

QList<std::pair<QString, QString>> InvoiceListModel::statusEntries() const
{
    return DomainText::entries<InvoiceStatus>();
}

QString InvoiceListModel::headerText(int column) const
{
    switch (column) {
    case InvoiceRequestRepository::OrderNo:
        return tr("Order ID");
    case InvoiceRequestRepository::CustomerNo:
        return tr("Customer ID");
    case InvoiceRequestRepository::ContactPhone:
        return tr("Contact phone");
    case InvoiceRequestRepository::InvoiceNo:
        return tr("Invoice number");
    case InvoiceRequestRepository::Amount:
        return tr("Amount");
    case InvoiceRequestRepository::Type:
        return tr("Invoice type");
    case InvoiceRequestRepository::Status:
        return tr("Status");
    case InvoiceRequestRepository::AppliedAt:
        return tr("Applied at");
    case InvoiceRequestRepository::InvoicedAt:
        return tr("Invoiced at");
    case InvoiceRequestRepository::TimeLeft:
        return tr("Time left");
    case InvoiceRequestRepository::Sync:
        return tr("Marketplace");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> InvoiceListModel::enumEntries(int column) const
{
    if (column == InvoiceRequestRepository::Type)
        return DomainText::entries<InvoiceType>();
    if (column == InvoiceRequestRepository::Status)
        return DomainText::entries<InvoiceStatus>();
    if (column == InvoiceRequestRepository::Sync)
        return DomainText::entries<SyncState>();
    return {};
}
