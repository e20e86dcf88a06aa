#pragma once

#include "createinvoicerequest.h"
#include "moveinvoicerequest.h"

#include <QDateTime>
#include <QString>

class Database;
class InvoiceService;

/// A small, known world for invoice tests: one vendor, an enterprise buyer with a valid title and a
/// mailing address, a personal buyer, and orders of the enterprise buyer:
/// - order 1001: paid ¥100.00 (plus a ¥5.00 voucher)
/// - order 1002: paid ¥50.00, ¥20.00 refunded
/// - order 1003 and 1004: monthly statements 2026-09 (¥300.00) and 2026-10 (¥200.00)
/// - order 1005: paid ¥80.00, refunded in full
class InvoiceFixture
{
public:
    static constexpr const char* vendorId = "0b1c0000-0000-4000-8000-000000000001";
    static constexpr const char* buyerId = "0b1c0000-0000-4000-8000-000000000002";
    static constexpr const char* personalBuyerId = "0b1c0000-0000-4000-8000-000000000003";
    static constexpr const char* addressId = "0b1c0000-0000-4000-8000-000000000004";
    static QString orderId(int orderNo); ///< 1001 … 1005

    /// Writes the rows; throws StorageError.
    static void write(Database& database);
    /// An instant in November 2026, the fixture's "now".
    static QDateTime now();

    /// A clerk's command with a fresh id at now() + `minutes`.
    static CommandHeader header(int minutes = 0);
    /// A paper VAT normal request of the enterprise buyer for `orderNos`.
    static CreateInvoiceRequest request(const QList<int>& orderNos, qint64 amountFen);
    /// Creates a 数电 request of ¥5.00 on order 1001, issues it and records the buyer's return of
    /// the booked invoice (with `redLetterNo` when given). Returns the request id, at version 3.
    static QString returnedDigitalRequest(InvoiceService& service, const QString& redLetterNo = {});
    static MoveInvoiceRequest move(const QString& requestId, int baseVersion, InvoiceAction action,
                                   InvoiceActor actor = InvoiceActor::Clerk);
};
