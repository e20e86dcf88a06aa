#pragma once

#include "invoiceenums.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// Where a request stands with the marketplace (invoice_requests.sync_state): the marketplace knows
/// what MarketDesk knows, a result waits in the outbox, or the marketplace refused the result.
enum class SyncState { Synced, Pending, Failed };

template<> struct EnumKeyTable<SyncState>
{
    static constexpr std::array<std::pair<SyncState, std::string_view>, 3> entries {{
        {SyncState::Synced, "synced"},
        {SyncState::Pending, "pending"},
        {SyncState::Failed, "failed"},
    }};
};

/// One customer invoice request as the marketplace holds it, already mapped to MarketDesk's terms.
/// IDs stay strings: the marketplace's numbers exceed what a double holds exactly.
struct MarketplaceInvoice
{
    /// One order or bill the request covers.
    struct Order
    {
        QString orderNo; ///< OutBizId
        bool isBill = false; ///< OrderType 1: a monthly bill rather than an order
        Money amount;
        QDateTime at; ///< UTC
        QString productCode;
        QString productName;
    };

    QString marketplaceId;
    bool pending = true; ///< Status 0; false once the marketplace calls it done (1 or "Success")
    int marketplaceType = 0; ///< the raw Type, pushed back unchanged
    InvoiceType type = InvoiceType::VatNormal;
    InvoiceMedium medium = InvoiceMedium::Paper;
    QString customerNo; ///< UserId when the response carries it
    QString title;
    Money amount; ///< Price, read exactly from its decimal text
    QString userNotice;
    QString checkNotice;
    QDateTime appliedAt; ///< CreateTimeStr, read as China time, held in UTC
    QString taxpayerId;
    QString bank;
    QString bankAccount;
    QString registeredAddress;
    QString registeredPhone;
    QString recipient;
    QString recipientPhone;
    QString address;
    QString postcode;
    QString email;
    QList<Order> orders;

    /// enterprise with a taxpayer ID, personal for the title 个人, organisation otherwise.
    TitleKind titleKind() const;
};
