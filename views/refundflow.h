#pragma once

#include <QCoreApplication>

class Clock;
class Database;
class QWidget;
class RefundService;

/// The refund steps both the Orders page and the delivery center offer: the buyer's request (with
/// the policy shown first) and the platform's approval or decline of the pending request.
class RefundFlow
{
    Q_DECLARE_TR_FUNCTIONS(RefundFlow)
public:
    RefundFlow(Database& database, RefundService& service, const Clock& clock, const QString& actor)
        : m_database(database)
        , m_service(service)
        , m_clock(clock)
        , m_actor(actor)
    { }

    /// Opens the refund request dialog for the order; true when a request was recorded.
    bool request(QWidget* parent, const QString& orderId, const QString& orderNo);
    /// Approves (after a confirmation) or declines (asking why) the order's pending refund; true
    /// when the decision was recorded. When someone else changed the refund meanwhile, both are
    /// shown side by side (StepSaver).
    bool decide(QWidget* parent, const QString& orderId, const QString& orderNo, bool approve);

private:
    Database& m_database;
    RefundService& m_service;
    const Clock& m_clock;
    QString m_actor;
};
