#pragma once

#include "money.h"
#include "orderenums.h"
#include "tablespec.h"

#include <QList>

#include <optional>

class Database;

/// Reads products for the Products page and the listing review (SPEC 3.1). Methods throw
/// StorageError.
class ProductRepository
{
public:
    /// Columns of the Products page, in display order.
    enum Column {
        Name,
        Vendor,
        Market,
        DeliveryTypeColumn,
        Price,
        Status,
        SubmittedAt,
        LastOrderAt,
        ColumnCount
    };

    struct Check
    {
        ListingCheck item = ListingCheck::DepositPaid;
        bool ticked = false;
        QString note;
        QString checkedBy;
        qint64 checkedAtMs = 0;
    };

    struct Detail
    {
        QString id;
        int version = 0;
        QString vendorId;
        QString vendorName;
        QString marketId;
        QString marketName;
        QString name;
        DeliveryType deliveryType = DeliveryType::Application;
        Money price;
        int warrantyDays = 0;
        QString description;
        ProductStatus status = ProductStatus::Draft;
        QString rejectReason;
        QString delistReason;
        qint64 submittedAtMs = 0;
        qint64 listedAtMs = 0;
        qint64 delistedAtMs = 0;
        qint64 securityReviewedAtMs = 0;
        qint64 lastOrderAtMs = 0; ///< 0 when never ordered
        QList<Check> checks; ///< every item of the listing checklist, in its order, ticked or not

        int untickedCount() const;
    };

    explicit ProductRepository(Database& database)
        : m_database(database)
    { }

    /// An (id, name) choice of a pick list.
    using Choice = std::pair<QString, QString>;

    static TableSpec tableSpec();
    std::optional<Detail> detail(const QString& id);
    /// Vendors that may sell (active or suspended), by name.
    QList<Choice> sellingVendors();
    /// The markets `vendorId` was admitted to, by position.
    QList<Choice> marketsOf(const QString& vendorId);

private:
    Database& m_database;
};
