#pragma once

#include "depositledger.h"
#include "typedid.h"

#include <QList>
#include <QString>

class Database;

/// Reads a vendor's deposit ledger, the deposits of its markets and its surcharges: everything
/// DepositLedger derives the balance and the amount due from. Methods throw StorageError.
class DepositRepository
{
public:
    struct Line
    {
        QString id;
        DepositEntryKind kind = DepositEntryKind::Payment;
        Money amount;
        QString reason;
        QString receiptNo;
        QString violationId;
        qint64 recordedAtMs = 0;
        QString recordedBy;
        qint64 receiptMailedAtMs = 0; ///< 0 while the receipt was not mailed
        QString receiptCourier;
        QString receiptTrackingNo;
    };

    struct SurchargeRow
    {
        QString id;
        SurchargeStatus status = SurchargeStatus::Proposed;
        Money amount;
        qint64 validFromMs = 0;
        qint64 validUntilMs = 0;
        QString reason;
        int version = 0;
    };

    struct Ledger
    {
        QList<Line> lines; ///< oldest first
        QList<Money> marketDeposits;
        QList<SurchargeRow> surcharges;

        QList<DepositLedger::Entry> entries() const;
        /// Confirmed surcharges only: proposed and declined ones are not due.
        QList<DepositLedger::Surcharge> dueSurcharges() const;
        Money balance() const { return DepositLedger::balance(entries()); }
        Money due(const QDateTime& now) const
        {
            return DepositLedger::due(marketDeposits, dueSurcharges(), now);
        }
    };

    explicit DepositRepository(Database& database)
        : m_database(database)
    { }

    /// `lock` takes the vendor row first (FOR UPDATE on PostgreSQL) so that two writers of the same
    /// ledger run one after the other.
    Ledger ledger(const VendorId& vendor, bool lock = false);
    /// A column expression over deposit_entries: the amount with the sign its kind gives it, as
    /// DepositLedger::isCredit says.
    static QString signedAmountSql();

private:
    Database& m_database;
};
