#pragma once

#include "marketplacefailure.h"
#include "marketplaceinvoice.h"
#include "marketplaceservice.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

/// A marketplace MarketDesk exchanges invoice requests with: read them page by page, and tell it
/// the result of one. Calls are asynchronous; callbacks run on the thread that made the call.
class MarketplaceProvider : public QObject
{
    Q_OBJECT
public:
    /// Which requests to read. An empty field does not filter.
    struct Query
    {
        bool pendingOnly = false;
        QDateTime createdFrom; ///< UTC, inclusive
        QDateTime createdTo; ///< UTC
        QString marketplaceId;
        int pageIndex = 1; ///< from 1
        int pageSize = 50;
    };

    struct Page
    {
        qint64 total = 0; ///< requests matching the query on all pages
        QList<MarketplaceInvoice> invoices;
        QStringList problems; ///< translated; items that could not be read
    };

    using PageCallback
        = std::function<void(const Page& page, const std::optional<MarketplaceFailure>& failure)>;
    using PushCallback = std::function<void(const std::optional<MarketplaceFailure>& failure)>;

    using QObject::QObject;

    /// A stable key naming this marketplace in the database (the sync cursor).
    virtual QString key() const = 0;
    virtual void fetchInvoices(const Query& query, const PageCallback& done) = 0;
    /// Sends the result once. Not idempotent: after a failure whose outcome is unknown, re-read the
    /// request before sending again.
    virtual void pushResult(const MarketplaceService::Push& push, const PushCallback& done) = 0;
};
