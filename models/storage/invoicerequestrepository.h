#pragma once

#include "invoiceableamount.h"
#include "invoiceenums.h"
#include "money.h"
#include "tablespec.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// Reads invoice requests for the clerk's queue, the request's detail and history, and what the
/// request dialog needs. Methods throw StorageError.
class InvoiceRequestRepository
{
public:
    /// Columns of the queue, in display order (SPEC 5.1, plus the time left).
    enum Column {
        OrderNo,
        CustomerNo,
        ContactPhone,
        InvoiceNo,
        Amount,
        Type,
        Status,
        AppliedAt,
        InvoicedAt,
        TimeLeft,
        Sync, ///< the marketplace sync state; empty for a request that was never on the marketplace
        ColumnCount
    };
    /// Extra values of each row (TableSpec::extraExpressions).
    enum Extra { OrderStatusExtra, SyncErrorExtra };

    struct Detail
    {
        QString id;
        QString requestNo;
        int version = 0;
        InvoiceStatus status = InvoiceStatus::Pending;
        InvoiceType type = InvoiceType::VatNormal;
        InvoiceMedium medium = InvoiceMedium::Paper;
        Money amount;
        QString titleKind; ///< key, empty when unknown (imported)
        QString title;
        QString taxpayerId;
        QString bank;
        QString bankAccount;
        QString registeredAddress;
        QString registeredPhone;
        QString orderNo;
        QString customerNo;
        QString contactPhone;
        QString vendorName;
        bool vendorCanIssueSpecial = true;
        QDateTime appliedAt;
        QDateTime dueAt;
        QDateTime actionDueAt; ///< null when nothing is due
        QDateTime invoicedAt;
        QString invoiceNo;
        QString courier;
        QString trackingNo;
        QString email;
        QString recipient;
        QString recipientPhone;
        QString address;
        QString postcode;
        bool cashOnDelivery = false;
        bool switchedToNormal = false;
        QString statementPeriod;
        QString failureReason;
        QString returnReason;
        QString returnNote;
        bool returnBooked = false;
        QString returnCourier;
        QString returnTrackingNo;
        QString declineReason;
        QString redLetterNo;
        QDateTime redLetterDeadline;
        QString invoiceFileName; ///< empty when no file is stored
        // The order, when this database holds it.
        bool orderKnown = false;
        Money orderPaid;
        Money orderRefunded;
        QDateTime orderPaidAt;
        QString orderType;
        QString orderStatus;

        /// The order was refunded (or is being refunded): the request must not be issued.
        bool orderRefundFlag() const;
    };

    struct HistoryEntry
    {
        QDateTime at;
        QString actor;
        QString action;
        QString before; ///< compact JSON of the changed fields, empty when none
        QString after;
    };

    struct Choice
    {
        QString id;
        QString text;
    };

    struct BuyerTitle
    {
        QString id;
        QString kind;
        QString title;
        QString taxpayerId;
        QString bank;
        QString account;
        QString registeredAddress;
        QString registeredPhone;
        int version = 0;
    };

    struct MailingAddress
    {
        QString id;
        QString recipient;
        QString phone;
        QString province;
        QString city;
        QString address;
        QString postcode;
        bool isDefault = false;
        int version = 0;
    };

    explicit InvoiceRequestRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const QString& id);
    QList<HistoryEntry> history(const QString& id);
    /// The stored invoice file of a request: (file name, content); empty name when none.
    std::pair<QString, QByteArray> invoiceFile(const QString& id);

    /// Requests of the order ID that still wait for their invoice (pending, processing, failed).
    QStringList idsAwaitingIssue(const QString& orderNo);
    /// Buyers whose customer ID or name contains `text` (at most `limit`).
    QList<Choice> findBuyers(const QString& text, int limit = 50);
    /// The vendors the buyer has paid orders with.
    QList<Choice> vendorsOfBuyer(const QString& buyerId);
    /// The buyer's orders with the vendor that still have something to invoice, newest first.
    QList<InvoiceableAmount::OrderBalance> orderBalances(const QString& buyerId, const QString& vendorId);
    /// The balances of the given orders (any buyer or vendor), in the given order; unknown ids are
    /// left out.
    QList<InvoiceableAmount::OrderBalance> balancesOf(const QStringList& orderIds);
    std::optional<BuyerTitle> validTitle(const QString& buyerId);
    QList<MailingAddress> addresses(const QString& buyerId);
    /// The courier companies of the pick list, in list order.
    QStringList couriers();

private:
    Database& m_database;
};
