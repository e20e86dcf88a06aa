#pragma once

#include "money.h"
#include "tablespec.h"
#include "typedid.h"

#include <QStringList>

#include <optional>

class Database;

/// Reads vendors for lists and detail panes. Methods throw StorageError.
class VendorRepository
{
public:
    /// Columns of the Vendors page, in display order.
    enum Column { Name, CreditCode, ContactPerson, Phone, Location, Category, Status, JoinedAt, ColumnCount };

    struct Detail
    {
        VendorId id;
        int version = 0;
        QString name;
        QString creditCode;
        QString entityType;
        QString category;
        QString status;
        QString contactPerson;
        QString phone;
        QString email;
        QString province;
        QString city;
        qint64 joinedAtMs = 0;
        QStringList marketNames;
        /// The highest deposit among the vendor's markets (SPEC 2.3).
        Money depositDue;
        /// Payments and top-ups minus deductions and refunds, from the ledger.
        Money depositBalance;
    };

    explicit VendorRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const VendorId& id);

private:
    Database& m_database;
};
