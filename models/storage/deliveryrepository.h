#pragma once

#include "deliveryworkflow.h"
#include "money.h"
#include "tablespec.h"

#include <QByteArray>
#include <QList>

#include <optional>

class Database;

/// Reads manual-service deliveries for the delivery center: the list, one delivery with its order,
/// and its flow log with the files of each step. Methods throw StorageError.
class DeliveryRepository
{
public:
    /// Columns of the Deliveries page, in display order.
    enum Column { TimeLeft, OrderNo, CustomerNo, Product, Vendor, State, StateSince, PaidAt, ColumnCount };
    /// Values read with each row beside the columns (TableSpec::extraExpressions).
    enum Extra { InterventionExtra };

    struct Detail
    {
        QString id;
        int version = 0;
        DeliveryState state = DeliveryState::RequirementPending;
        std::optional<DeliveryState> pausedState;
        QString requirement;
        bool vendorConfirmed = false;
        bool interventionRequested = false;
        qint64 stateSinceMs = 0;
        qint64 autoAcceptAtMs = 0; ///< nothingDueMs outside 待验收
        std::optional<qint64> acceptedAtMs;
        int warrantyDays = 0;
        QString orderId;
        QString orderNo;
        QString customerNo;
        QString buyerName;
        QString contactPhone;
        QString vendorName;
        QString productName;
        Money paid;
        Money refunded;
        qint64 paidAtMs = 0;
    };

    struct StoredFile
    {
        QString id;
        QString fileName;
        qint64 sizeBytes = 0;
    };

    /// One row of the flow log (流程日志).
    struct Step
    {
        QString id;
        int seq = 0;
        DeliveryActor actorKind = DeliveryActor::System;
        QString actor; ///< the person who recorded the step (for buyer steps: on the buyer's behalf)
        QString action; ///< a DeliveryAction key
        QString fromState; ///< empty for the first step
        QString toState;
        QString details;
        qint64 atMs = 0;
        QList<StoredFile> files;
    };

    explicit DeliveryRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const QString& id);
    /// Every step, oldest first, each with its files.
    QList<Step> steps(const QString& deliveryId);
    /// The content of a stored file, empty when it no longer exists.
    QByteArray fileContent(const QString& fileId);

private:
    Database& m_database;
};
