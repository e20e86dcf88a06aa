#include "invoicelistmodel.h"

#include "clock.h"
#include "domaintext.h"
#include "invoicerequestrepository.h"
#include "invoiceworkflow.h"

#include <QBrush>
#include <QColor>

InvoiceListModel::InvoiceListModel(Database& database, const Clock& clock, QObject* parent)
    : PagedTableModel(database, InvoiceRequestRepository::tableSpec(), parent)
    , m_clock(clock)
{ }

QString InvoiceListModel::timeLeftText(qint64 dueMs, qint64 nowMs)
{
    const qint64 minutes = std::abs(dueMs - nowMs) / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    else
        span = tr("%1 min").arg(minutes);
    return dueMs < nowMs ? tr("overdue %1").arg(span) : tr("%1 left").arg(span);
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
    if (index.column() == InvoiceRequestRepository::TimeLeft
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        const qint64 due = PagedTableModel::data(index, RawValueRole).toLongLong();
        if (due == InvoiceWorkflow::nothingDue)
            return {};
        const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
        if (role == Qt::ForegroundRole)
            return due < now ? QVariant(QBrush(QColor(0xC6, 0x28, 0x28))) : QVariant();
        if (role == Qt::ToolTipRole)
            return tr("Due %1").arg(PagedTableModel::data(index, Qt::DisplayRole).toString());
        return timeLeftText(due, now);
    }
    if (index.column() == InvoiceRequestRepository::OrderNo && orderRefunded(index.row())) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        if (role == Qt::ToolTipRole)
            return tr("The order was refunded: mark the request refunded instead of issuing it.");
        if (role == Qt::DisplayRole)
            return tr("%1 (refunded)").arg(PagedTableModel::data(index, role).toString());
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
    return {};
}
