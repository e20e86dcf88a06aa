#pragma once

#include "movevendor.h"
#include "recordmaterialchange.h"
#include "reportmaterialchange.h"
#include "updatevendorcontact.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of vendor rows.
class VendorService : public QObject
{
    Q_OBJECT
public:
    explicit VendorService(Database& database, QObject* parent = nullptr);

    /// Validates the contact fields (person ≤ 50 characters, phone, e-mail), then updates the row
    /// if it is still at `baseVersion`, with its audit row, in one transaction.
    WriteOutcome updateContact(const UpdateVendorContact& command);
    /// Suspends, restores, lets exit or expels a vendor (SPEC 2.5). Expelling also delists every
    /// product and deducts the whole deposit balance, in the same transaction.
    WriteOutcome move(const MoveVendor& command);
    /// Records a material change of a vendor still on the marketplace (SPEC 2.5), with its report
    /// deadline; a new company name also renames the vendor, in the same transaction.
    WriteOutcome recordChange(const RecordMaterialChange& command);
    /// Records the report of an awaited material change if the change is still at `baseVersion`.
    WriteOutcome reportChange(const ReportMaterialChange& command);

signals:
    /// Emitted after a commit; `entity` is "vendor", `ids` the changed rows.
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
