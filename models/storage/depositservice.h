#pragma once

#include "decidesurcharge.h"
#include "recorddepositentry.h"
#include "recordreceiptmailing.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of the deposit ledger (SPEC 2.3). Each method is one transaction with its audit
/// rows and emits changed("vendor", {vendor id}) after the commit.
class DepositService : public QObject
{
    Q_OBJECT
public:
    explicit DepositService(Database& database, QObject* parent = nullptr);

    /// Adds one ledger line. Payments, top-ups and amounts taken from a settlement are taken while
    /// the vendor is on the marketplace and lift a suspension for a shortfall once the balance
    /// covers the amount due; a settlement gives at most the shortfall, and one that leaves the
    /// deposit short after the top-up deadline suspends the display at once; a deduction that
    /// makes more than two in twelve months proposes a surcharge; a refund is made only after the
    /// vendor left.
    WriteOutcome record(const RecordDepositEntry& command);
    /// Confirms (due for one year from now) or declines a proposed surcharge.
    WriteOutcome decideSurcharge(const DecideSurcharge& command);
    /// Records that the receipt of a payment or top-up was mailed; a receipt is mailed once.
    WriteOutcome recordReceiptMailing(const RecordReceiptMailing& command);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
