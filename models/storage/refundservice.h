#pragma once

#include "deciderefund.h"
#include "requestrefund.h"
#include "writeoutcome.h"

#include <QObject>

#include <optional>

class Database;

/// The only writer of refunds (SPEC 3 and 4). A request records the refund, marks the order
/// refunding and, for a service order whose requirement the vendor has not confirmed, pauses the
/// delivery. The platform's approval refunds the amount on the order (which lowers its invoiceable
/// amount; the invoice queue flags the order's requests) and closes a paused delivery as refunded;
/// a decline puts the order back and resumes the delivery where it paused. One transaction each.
class RefundService : public QObject
{
    Q_OBJECT
public:
    explicit RefundService(Database& database, QObject* parent = nullptr);

    /// The order's refund policy at `now`; nothing when the order does not exist. Throws
    /// StorageError.
    std::optional<RefundPolicy> policyFor(const QString& orderId, const QDateTime& now);
    WriteOutcome request(const RequestRefund& command);
    WriteOutcome decide(const DecideRefund& command);

signals:
    /// Emitted after a commit with entity "order" and the order's id, then with "delivery" and the
    /// delivery's id when its delivery moved.
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
