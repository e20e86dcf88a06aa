#include "vendorstanding.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "rowupdate.h"
#include "systemreason.h"
#include "vendorlifecycle.h"

std::optional<VendorStanding::Current> VendorStanding::read(const QString& vendorId)
{
    Query query(m_database,
                QStringLiteral("SELECT name, status, suspended_for_shortfall, version FROM vendors "
                               "WHERE id = :id")
                    + m_database.dialect().lockRows());
    query.bind(QStringLiteral(":id"), vendorId).exec();
    if (!query.next())
        return std::nullopt;
    return Current {query.value(0).toString(),
                    enumFromKey<VendorStatus>(query.value(1).toString()).value_or(VendorStatus::Active),
                    query.value(2).toBool(), query.value(3).toInt()};
}

std::optional<WriteOutcome> VendorStanding::refusalUnlessOnMarketplace(const std::optional<Current>& vendor,
                                                                       const QString& leftMessage)
{
    if (!vendor)
        return WriteOutcome::failed(tr("The vendor no longer exists."));
    if (!VendorLifecycle::isOnMarketplace(vendor->status))
        return WriteOutcome::failed(leftMessage.arg(vendor->name));
    return std::nullopt;
}

bool VendorStanding::apply(const char* commandName, const CommandHeader& header, const QString& vendorId,
                           const Current& current, const Change& change, const QString& action)
{
    const qint64 at = header.at.toMSecsSinceEpoch();
    const bool leaves = change.to == VendorStatus::Exited || change.to == VendorStatus::Expelled;
    RowUpdate::Columns columns {
        {QStringLiteral("status"), enumKey(change.to)},
        {QStringLiteral("status_reason"), change.reasonText},
        {QStringLiteral("status_reason_code"), change.reasonCode},
        {QStringLiteral("suspended_for_shortfall"), change.forShortfall},
    };
    if (leaves) {
        columns.append({QStringLiteral("left_at"), at});
        columns.append(
            {QStringLiteral("leave_reason"), change.leaveReason ? enumKey(*change.leaveReason) : QVariant()});
    }
    if (!RowUpdate::apply(m_database, QStringLiteral("vendors"), vendorId, current.version, at, columns))
        return false;
    QJsonObject after {{QStringLiteral("status"), enumKey(change.to)}};
    if (change.reasonCode.isEmpty())
        after.insert(QStringLiteral("reason"), change.reasonText);
    else
        after.insert(QStringLiteral("reason_code"), change.reasonCode);
    if (change.leaveReason)
        after.insert(QStringLiteral("leave_reason"), enumKey(*change.leaveReason));
    if (change.forShortfall)
        after.insert(QStringLiteral("deposit_shortfall"), true);
    m_journal.audit(commandName, header, QStringLiteral("vendor"), vendorId, action,
                    {{QStringLiteral("status"), enumKey(current.status)}}, after);
    return true;
}

bool VendorStanding::suspendForShortfall(const char* commandName, const CommandHeader& header,
                                         const QString& vendorId, const Current& current,
                                         const QDate& settlementDay)
{
    const Change change {VendorStatus::Suspended, QString(), std::nullopt, true,
                         SystemReason::depositShortfall(settlementDay)};
    return apply(commandName, header, vendorId, current, change, QStringLiteral("suspend"));
}
