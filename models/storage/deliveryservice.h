#pragma once

#include "movedelivery.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The writer of delivery steps taken by people: each call is one transaction with its flow-log
/// row, files and audit row; a command applied before is not applied again. Refund steps go
/// through RefundService, the automatic acceptance through DueJobRunner.
class DeliveryService : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryService(Database& database, QObject* parent = nullptr);

    WriteOutcome move(const MoveDelivery& command);

signals:
    /// Emitted after a commit; `entity` is "delivery", `ids` the changed rows.
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
