#include "invoicefixture.h"

#include "database.h"
#include "invoiceservice.h"
#include "query.h"

#include <QUuid>

QString InvoiceFixture::orderId(int orderNo)
{
    return QStringLiteral("0b1c0000-0000-4000-8000-00000000%1").arg(orderNo, 4, 10, QLatin1Char('0'));
}

QDateTime InvoiceFixture::now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
}

void InvoiceFixture::write(Database& database)
{
    const qint64 at = now().toMSecsSinceEpoch();
    const auto run = [&database, at](const QString& sql) {
        Query(database, sql).bind(QStringLiteral(":at"), at).exec();
    };
    run(QStringLiteral(
            "INSERT INTO vendors (id, name, credit_code, entity_type, category, contact_person, phone, "
            "email, province, city, status, joined_at, can_issue_special_invoice, created_at, updated_at) "
            "VALUES ('%1', '杭州云栈科技有限公司', '91330100MA27XXXX1F', 'enterprise', 'software', '王芳', "
            "'13812345678', 'wang@example.cn', '浙江省', '杭州市', 'active', :at, FALSE, :at, :at)")
            .arg(QLatin1String(vendorId)));
    run(QStringLiteral(
            "INSERT INTO products (id, vendor_id, market_id, name, delivery_type, price_fen, status, "
            "created_at, updated_at) VALUES ('0b1c0000-0000-4000-8000-000000000010', '%1', "
            "'6f1c2a40-0001-4000-8000-000000000001', '云数据库备份', 'application', 10000, 'listed', :at, "
            ":at)")
            .arg(QLatin1String(vendorId)));
    run(QStringLiteral("INSERT INTO buyers (id, customer_no, name, contact_phone, created_at) VALUES "
                       "('%1', 'C880001', '上海星海贸易有限公司', '13900001111', :at), "
                       "('%2', 'C880002', '李雷', '13900002222', :at)")
            .arg(QLatin1String(buyerId), QLatin1String(personalBuyerId)));
    run(QStringLiteral(
            "INSERT INTO invoice_titles (id, buyer_id, kind, title, taxpayer_id, bank, account, "
            "registered_address, registered_phone, created_at) VALUES "
            "('0b1c0000-0000-4000-8000-000000000020', '%1', 'enterprise', '上海星海贸易有限公司', "
            "'91310000MA1FL0XX2B', '招商银行上海分行', '6225880012345678', '上海市浦东新区世纪大道100号', "
            "'021-55556666', :at), ('0b1c0000-0000-4000-8000-000000000021', '%2', 'personal', '个人', '', "
            "'', '', '', '', :at)")
            .arg(QLatin1String(buyerId), QLatin1String(personalBuyerId)));
    run(QStringLiteral(
            "INSERT INTO mailing_addresses (id, buyer_id, recipient, phone, province, city, address, "
            "postcode, is_default) VALUES ('%1', '%2', '张三', '13900001111', '上海市', '上海市', "
            "'浦东新区世纪大道100号', '200120', TRUE)")
            .arg(QLatin1String(addressId), QLatin1String(buyerId)));
    const struct
    {
        int no;
        qint64 paid;
        qint64 voucher;
        qint64 refunded;
        const char* status;
        const char* period;
    } orders[] = {
        {1001, 10000, 500, 0, "paid", nullptr},     {1002, 5000, 0, 2000, "paid", nullptr},
        {1003, 30000, 0, 0, "paid", "2026-09"},     {1004, 20000, 0, 0, "paid", "2026-10"},
        {1005, 8000, 0, 8000, "refunded", nullptr},
    };
    for (const auto& order : orders) {
        Query(
            database,
            QStringLiteral("INSERT INTO orders (id, order_no, buyer_id, customer_no, contact_phone, "
                           "vendor_id, product_id, order_type, status, paid_fen, voucher_fen, refunded_fen, "
                           "paid_at, statement_period, created_at, updated_at) VALUES (:id, :no, :buyer, "
                           "'C880001', '13900001111', :vendor, '0b1c0000-0000-4000-8000-000000000010', "
                           "'new', :status, :paid, :voucher, :refunded, :at, :period, :at, :at)"))
            .bind(QStringLiteral(":id"), orderId(order.no))
            .bind(QStringLiteral(":no"), QString::number(order.no))
            .bind(QStringLiteral(":buyer"), QLatin1String(buyerId))
            .bind(QStringLiteral(":vendor"), QLatin1String(vendorId))
            .bind(QStringLiteral(":status"), QLatin1String(order.status))
            .bind(QStringLiteral(":paid"), order.paid)
            .bind(QStringLiteral(":voucher"), order.voucher)
            .bind(QStringLiteral(":refunded"), order.refunded)
            .bind(QStringLiteral(":at"), at - 86400000)
            .bind(QStringLiteral(":period"),
                  order.period ? QVariant(QLatin1String(order.period)) : QVariant())
            .exec();
    }
}

CommandHeader InvoiceFixture::header(int minutes)
{
    return CommandHeader {CommandId(QUuid::createUuid()), QStringLiteral("clerk1"),
                          now().addSecs(60LL * minutes)};
}

CreateInvoiceRequest InvoiceFixture::request(const QList<int>& orderNos, qint64 amountFen)
{
    CreateInvoiceRequest command;
    command.header = header();
    command.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.buyerId = QLatin1String(buyerId);
    command.vendorId = QLatin1String(vendorId);
    for (int no : orderNos)
        command.orderIds << orderId(no);
    command.amount = Money::fromFen(amountFen);
    command.addressId = QLatin1String(addressId);
    return command;
}

MoveInvoiceRequest InvoiceFixture::move(const QString& requestId, int baseVersion, InvoiceAction action,
                                        InvoiceActor actor)
{
    MoveInvoiceRequest command;
    // Each move a minute after the previous one, so the history has one order.
    static int minutes = 10;
    command.header = header(++minutes);
    command.requestId = requestId;
    command.baseVersion = baseVersion;
    command.action = action;
    command.actor = actor;
    return command;
}

QString InvoiceFixture::returnedDigitalRequest(InvoiceService& service, const QString& redLetterNo)
{
    CreateInvoiceRequest command = request({1001}, 500);
    command.medium = InvoiceMedium::Digital;
    command.email = QStringLiteral("finance@xinghai.example.cn");
    service.create(command);
    QString id = command.requestId;
    MoveInvoiceRequest issue = move(id, 1, InvoiceAction::Issue);
    issue.invoiceNo = QStringLiteral("26312000000012345678");
    issue.email = command.email;
    issue.fileName = QStringLiteral("a.pdf");
    issue.fileContent = "%PDF";
    service.move(issue);
    MoveInvoiceRequest back = move(id, 2, InvoiceAction::RequestReturn, InvoiceActor::Buyer);
    back.returnReason = QStringLiteral("wrong_amount");
    back.note = QStringLiteral("金额错误");
    back.booked = true;
    back.redLetterNo = redLetterNo;
    service.move(back);
    return id;
}
