#include "depositrepository.h"

#include "database.h"
#include "query.h"
#include "systemreason.h"

QList<DepositLedger::Entry> DepositRepository::Ledger::entries() const
{
    QList<DepositLedger::Entry> list;
    for (const Line& line : lines)
        list.append({line.kind, line.amount, QDateTime::fromMSecsSinceEpoch(line.recordedAtMs, Qt::UTC)});
    return list;
}

QList<DepositLedger::Surcharge> DepositRepository::Ledger::dueSurcharges() const
{
    QList<DepositLedger::Surcharge> list;
    for (const SurchargeRow& row : surcharges) {
        if (row.status == SurchargeStatus::Confirmed)
            list.append({row.amount, QDateTime::fromMSecsSinceEpoch(row.validFromMs, Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(row.validUntilMs, Qt::UTC)});
    }
    return list;
}

DepositRepository::Ledger DepositRepository::ledger(const VendorId& vendor, bool lock)
{
    const QString id = vendor.toString();
    if (lock) {
        Query(m_database,
              QStringLiteral("SELECT id FROM vendors WHERE id = :id") + m_database.dialect().lockRows())
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    Ledger ledger;
    Query lines(m_database,
                QStringLiteral(
                    "SELECT id, kind, amount_fen, reason, COALESCE(receipt_no, ''), "
                    "COALESCE(violation_id, ''), recorded_at, recorded_by, COALESCE(receipt_mailed_at, 0), "
                    "COALESCE(receipt_courier, ''), COALESCE(receipt_tracking_no, ''), reason_code "
                    "FROM deposit_entries "
                    "WHERE vendor_id = :id ORDER BY recorded_at, id"));
    lines.bind(QStringLiteral(":id"), id).exec();
    while (lines.next())
        ledger.lines.append(
            {lines.value(0).toString(),
             enumFromKey<DepositEntryKind>(lines.value(1).toString()).value_or(DepositEntryKind::Payment),
             Money::fromFen(lines.value(2).toLongLong()),
             SystemReason::shown(lines.value(11).toString(), lines.value(3).toString()),
             lines.value(4).toString(), lines.value(5).toString(), lines.value(6).toLongLong(),
             lines.value(7).toString(), lines.value(8).toLongLong(), lines.value(9).toString(),
             lines.value(10).toString()});

    Query markets(m_database,
                  QStringLiteral("SELECT m.deposit_fen FROM vendor_markets vm JOIN markets m "
                                 "ON m.id = vm.market_id WHERE vm.vendor_id = :id"));
    markets.bind(QStringLiteral(":id"), id).exec();
    while (markets.next())
        ledger.marketDeposits.append(Money::fromFen(markets.value(0).toLongLong()));

    Query surcharges(
        m_database,
        QStringLiteral("SELECT id, status, amount_fen, valid_from, valid_until, reason, version, reason_code "
                       "FROM deposit_surcharges WHERE vendor_id = :id ORDER BY recorded_at, id"));
    surcharges.bind(QStringLiteral(":id"), id).exec();
    while (surcharges.next())
        ledger.surcharges.append(
            {surcharges.value(0).toString(),
             enumFromKey<SurchargeStatus>(surcharges.value(1).toString()).value_or(SurchargeStatus::Proposed),
             Money::fromFen(surcharges.value(2).toLongLong()), surcharges.value(3).toLongLong(),
             surcharges.value(4).toLongLong(),
             SystemReason::shown(surcharges.value(7).toString(), surcharges.value(5).toString()),
             surcharges.value(6).toInt()});
    return ledger;
}

QString DepositRepository::signedAmountSql()
{
    QStringList credits;
    for (DepositEntryKind kind : enumValues<DepositEntryKind>()) {
        if (DepositLedger::isCredit(kind))
            credits << QLatin1Char('\'') + enumKey(kind) + QLatin1Char('\'');
    }
    return QStringLiteral("CASE WHEN kind IN (%1) THEN amount_fen ELSE -amount_fen END")
        .arg(credits.join(QStringLiteral(", ")));
}
