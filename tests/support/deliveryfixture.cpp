#include "deliveryfixture.h"

#include "database.h"
#include "duetime.h"
#include "invoicefixture.h"
#include "query.h"

#include <QUuid>

QString DeliveryFixture::orderId(int orderNo)
{
    return QStringLiteral("0b1c0000-0000-4000-8000-0000000d%1").arg(orderNo, 4, 10, QLatin1Char('0'));
}

QString DeliveryFixture::deliveryId(int orderNo)
{
    return QStringLiteral("0b1c0000-0000-4000-8000-0000000e%1").arg(orderNo, 4, 10, QLatin1Char('0'));
}

void DeliveryFixture::write(Database& database)
{
    InvoiceFixture::write(database);
    const qint64 at = InvoiceFixture::now().toMSecsSinceEpoch();
    Query(database,
          QStringLiteral(
              "INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, "
              "warranty_days, status, created_at, updated_at) VALUES (:id, :vendor, "
              "'6f1c2a40-0001-4000-8000-000000000002', '数据迁移实施服务', 'manual_service', 50000, 90, "
              "'listed', :at, :at)"))
        .bind(QStringLiteral(":id"), QLatin1String(serviceProductId))
        .bind(QStringLiteral(":vendor"), QLatin1String(InvoiceFixture::vendorId))
        .bind(QStringLiteral(":at"), at)
        .exec();
}

QString DeliveryFixture::addDelivery(Database& database, int orderNo, qint64 paidFen, DeliveryState state,
                                     qint64 autoAcceptAtMs)
{
    const qint64 paidAt = InvoiceFixture::now().toMSecsSinceEpoch() - 86400000;
    Query(database,
          QStringLiteral(
              "INSERT INTO orders (id, order_no, buyer_id, customer_no, contact_phone, vendor_id, "
              "product_id, order_type, status, paid_fen, paid_at, created_at, updated_at) VALUES (:id, "
              ":no, :buyer, 'C880001', '13900001111', :vendor, :product, 'new', 'paid', :paid, :at, :at, "
              ":at)"))
        .bind(QStringLiteral(":id"), orderId(orderNo))
        .bind(QStringLiteral(":no"), QString::number(orderNo))
        .bind(QStringLiteral(":buyer"), QLatin1String(InvoiceFixture::buyerId))
        .bind(QStringLiteral(":vendor"), QLatin1String(InvoiceFixture::vendorId))
        .bind(QStringLiteral(":product"), QLatin1String(serviceProductId))
        .bind(QStringLiteral(":paid"), paidFen)
        .bind(QStringLiteral(":at"), paidAt)
        .exec();
    Query(database,
          QStringLiteral(
              "INSERT INTO deliveries (id, order_id, vendor_id, state, vendor_confirmed, state_since, "
              "auto_accept_at, warranty_days, created_at, updated_at) VALUES (:id, :order, :vendor, "
              ":state, :confirmed, :at, :due, 90, :at, :at)"))
        .bind(QStringLiteral(":id"), deliveryId(orderNo))
        .bind(QStringLiteral(":order"), orderId(orderNo))
        .bind(QStringLiteral(":vendor"), QLatin1String(InvoiceFixture::vendorId))
        .bind(QStringLiteral(":state"), enumKey(state))
        .bind(QStringLiteral(":confirmed"),
              state == DeliveryState::Implementing || state == DeliveryState::AwaitingAcceptance)
        .bind(QStringLiteral(":at"), paidAt)
        .bind(QStringLiteral(":due"),
              state == DeliveryState::AwaitingAcceptance ? autoAcceptAtMs : nothingDueMs)
        .exec();
    return deliveryId(orderNo);
}

MoveDelivery DeliveryFixture::step(const QString& deliveryId, int baseVersion, DeliveryAction action,
                                   DeliveryActor actor, const QString& text)
{
    static int minutes = 10;
    MoveDelivery command;
    command.header = InvoiceFixture::header(++minutes);
    command.header.actor = QStringLiteral("delivery1");
    command.deliveryId = deliveryId;
    command.baseVersion = baseVersion;
    command.action = action;
    command.actor = actor;
    command.text = text;
    return command;
}

RequestRefund DeliveryFixture::refund(int orderNo, RefundReason reason, qint64 amountFen)
{
    RequestRefund command;
    command.header = InvoiceFixture::header(1);
    command.refundId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.orderId = orderId(orderNo);
    command.reason = reason;
    command.amount = Money::fromFen(amountFen);
    return command;
}
