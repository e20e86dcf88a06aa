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
    enum Column {
        Name,
        CreditCode,
        ContactPerson,
        Phone,
        Location,
        Category,
        Status,
        JoinedAt,
        ChangeReportDue, ///< the earliest awaited report of a material change (SPEC 2.5)
        ColumnCount
    };

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
        QString statusReason;
        QString leaveReason;
        qint64 joinedAtMs = 0;
        qint64 leftAtMs = 0;
        QStringList marketNames;
        /// The highest deposit among the vendor's markets (SPEC 2.3).
        Money depositDue;
        /// Payments, top-ups and settlement amounts minus deductions and refunds, from the ledger.
        Money depositBalance;
    };

    struct Violation
    {
        QString id;
        QString typeName;
        int points = 0;
        int countedYear = 0;
        qint64 occurredAtMs = 0;
        qint64 processedAtMs = 0;
        QString description;
        QString recordedBy;
    };

    /// A material change of the vendor (SPEC 2.5). Days are the start of their China date, UTC ms.
    struct MaterialChange
    {
        QString id;
        int version = 0;
        QString kind;
        QString before;
        QString after;
        QString note;
        qint64 effectiveAtMs = 0;
        qint64 reportDueAtMs = 0;
        qint64 reportedAtMs = 0; ///< 0 while the report is awaited
        QString recordedBy;
        qint64 recordedAtMs = 0;
    };

    /// An order a vendor leaving must refund in full: a manual service not yet accepted (SPEC 2.5).
    struct UnfinishedOrder
    {
        QString orderNo;
        QString customerNo;
        QString productName;
        QString deliveryState;
        Money refundable;
    };

    struct HistoryEntry
    {
        qint64 atMs = 0;
        QString actor;
        QString entity;
        QString action;
        QString before; ///< compact JSON of the changed fields, empty when none
        QString after;
    };

    explicit VendorRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const VendorId& id);
    /// Every violation of the vendor, newest processed first.
    QList<Violation> violations(const VendorId& id);
    /// Every material change of the vendor, the latest to take effect first.
    QList<MaterialChange> materialChanges(const VendorId& id);
    QList<UnfinishedOrder> unfinishedServiceOrders(const VendorId& id);
    /// The audit rows of the vendor, its deposit lines, surcharges, violations and material changes,
    /// oldest first.
    QList<HistoryEntry> history(const VendorId& id);
    /// (name, status key) of each product of the vendor.
    QList<std::pair<QString, QString>> products(const VendorId& id);
    /// (created at in epoch ms, status key) of each application that created the vendor or names
    /// it: by its credit code, its name, or a company name it had before a recorded change.
    QList<std::pair<qint64, QString>> applications(const VendorId& id);

private:
    Database& m_database;
};
