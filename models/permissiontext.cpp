#include "permissiontext.h"

#include <QHash>

QString PermissionText::name(const QString& key, const QString& fallback)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("invoice.list"), QT_TR_NOOP("List invoice requests")},
        {QStringLiteral("invoice.create"), QT_TR_NOOP("Enter invoice requests and buyer actions")},
        {QStringLiteral("invoice.issue"), QT_TR_NOOP("Issue invoices")},
        {QStringLiteral("invoice.return"), QT_TR_NOOP("Handle returns and refunds of invoice requests")},
        {QStringLiteral("invoice.void"), QT_TR_NOOP("Void invoices")},
        {QStringLiteral("application.create"), QT_TR_NOOP("Enter and correct vendor applications")},
        {QStringLiteral("application.approve"), QT_TR_NOOP("Review, approve and reject applications")},
        {QStringLiteral("deposit.record"), QT_TR_NOOP("Record deposit payments, deductions and surcharges")},
        {QStringLiteral("violation.record"), QT_TR_NOOP("Record violations")},
        {QStringLiteral("vendor.manage"), QT_TR_NOOP("Edit vendors and suspend or restore them")},
        {QStringLiteral("vendor.expel"), QT_TR_NOOP("Let vendors exit and confirm expulsions")},
        {QStringLiteral("refund.request"), QT_TR_NOOP("Record buyers' refund requests")},
        {QStringLiteral("refund.approve"), QT_TR_NOOP("Approve or decline refunds")},
        {QStringLiteral("delivery.work"), QT_TR_NOOP("Work service deliveries")},
        {QStringLiteral("contract.manage"), QT_TR_NOOP("Draft and move contracts")},
        {QStringLiteral("settings.edit"), QT_TR_NOOP("Edit settings and the holiday calendar")},
        {QStringLiteral("catalogue.edit"), QT_TR_NOOP("Edit markets, checklists and violation types")},
        {QStringLiteral("users.manage"), QT_TR_NOOP("Manage users and roles")},
        {QStringLiteral("product.edit"), QT_TR_NOOP("Enter and change products and submit them for review")},
        {QStringLiteral("product.review"), QT_TR_NOOP("Review, list, reject and delist products")},
    };
    const auto found = names.constFind(key);
    return found == names.constEnd() ? fallback : tr(found.value());
}
