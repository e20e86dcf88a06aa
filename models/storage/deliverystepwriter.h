#pragma once

#include "movedelivery.h"
#include "writeoutcome.h"

#include <QCoreApplication>

#include <optional>

class CommandJournal;
class Database;

/// Writes one step of SPEC 4 inside the caller's transaction: the delivery's new state and the
/// columns that hang on it, the numbered flow-log row with its files, and the audit row. The
/// delivery service, the refund service and the due jobs all move deliveries through it, so the
/// transition table is checked in one place.
class DeliveryStepWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryStepWriter)
public:
    /// A delivery as a step needs it, read with a row lock.
    struct Current
    {
        QString id;
        int version = 0;
        DeliveryState state = DeliveryState::RequirementPending;
        std::optional<DeliveryState> paused;
        int stepCount = 0;
        qint64 autoAcceptAtMs = 0;
        QString orderNo;
    };

    DeliveryStepWriter(Database& database, CommandJournal& journal)
        : m_database(database)
        , m_journal(journal)
    { }

    /// Reads and locks the delivery (on PostgreSQL until the transaction ends).
    std::optional<Current> lock(const QString& deliveryId);
    /// Applies `step` to `current` (read by lock() in this transaction). Anything but Done means
    /// nothing of the step was written, and the caller rolls back.
    WriteOutcome apply(const Current& current, const MoveDelivery& step, const char* commandName);

private:
    Database& m_database;
    CommandJournal& m_journal;
};
