#pragma once

#include "commandheader.h"
#include "marketplaceinvoice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

class Database;

/// The only writer of what MarketDesk exchanges with a marketplace: pulled requests (upserted on
/// the marketplace's request ID, so a page read twice is harmless), the sweep cursor, and the
/// outbox of results to push back. Every call is one transaction.
class MarketplaceService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* pullCommandName = "marketplace.pull";

    /// What the marketplace is to be told about one request: ModifyInvoiceForIsv's parameters.
    struct Push
    {
        QString outboxId; ///< a UUID made by the caller
        QString requestId;
        QString marketplaceId;
        bool reject = false; ///< OperateType 1; otherwise 0, issue
        int marketplaceType = 0;
        QString invoiceNo;
        QString checkNotice; ///< courier and tracking number, or why the request was rejected

        QJsonObject toJson() const;
        static Push fromJson(const QJsonObject& json);
    };

    /// One push waiting to be sent.
    struct OutboxEntry
    {
        QString id;
        Push push;
        int attempts = 0;
        bool outcomeUnknown = false;
    };

    struct SaveReport
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QString error; ///< translated; nothing was saved
    };

    struct SyncStatus
    {
        QDateTime sweptUntil; ///< invalid before the first complete window
        QDateTime lastPullAt;
        QString lastError;
        int pendingPushes = 0;
        int failedPushes = 0;
    };

    explicit MarketplaceService(Database& database, QObject* parent = nullptr);

    /// Saves one window's (or one page's) requests. New requests enter the queue (pending ones with
    /// their issuing deadline); known ones take the buyer's changes while they still wait to be
    /// issued and no push is queued. What the clerk entered (invoice number, courier, tracking
    /// number, status) is never overwritten. A marketplace request that was already imported from
    /// the console export (same order ID and amount) is adopted, not duplicated. `sweptUntil`,
    /// when valid, becomes the provider's cursor in the same transaction.
    SaveReport savePulled(const QString& provider, const QList<MarketplaceInvoice>& invoices,
                          const QDateTime& sweptUntil, const CommandHeader& header);
    /// Throws StorageError.
    SyncStatus syncStatus(const QString& provider);
    /// Remembers the outcome of the last pull (`error` empty after a good one). Throws StorageError.
    void recordPull(const QString& provider, const QString& error, const QDateTime& at);

    /// Queues `push` and marks its request as waiting to sync. Runs inside the caller's transaction
    /// (the one that issued or rejected the request). Throws StorageError.
    static void queuePush(Database& database, const Push& push, const QDateTime& at);
    /// Pushes due at `now`, oldest first. Throws StorageError.
    QList<OutboxEntry> dueOutbox(const QDateTime& now, int limit);
    /// When the next pending push is due; invalid when none waits. Throws StorageError.
    QDateTime nextPushDue();
    /// The marketplace has the result: the entry is done and its request synced. Throws StorageError.
    void markSent(const QString& entryId, const QDateTime& at);
    /// The send failed but may be tried again at `nextAttemptAt`. Throws StorageError.
    void markRetry(const QString& entryId, const QString& error, const QDateTime& nextAttemptAt,
                   bool outcomeUnknown, const QDateTime& at);
    /// The marketplace refused the push for good; the request shows `error`. Throws StorageError.
    void markFailed(const QString& entryId, const QString& error, const QDateTime& at);
    /// Puts the failed pushes of `requestIds` back in the queue, due now. Returns how many.
    /// Throws StorageError.
    int retryFailed(const QStringList& requestIds, const QDateTime& at);

signals:
    /// Emitted after a commit that changed requests; `entity` is "invoice_request".
    void changed(const QString& entity, const QStringList& ids);

private:
    void finishEntry(const QString& entryId, const QString& state, const QString& requestSyncState,
                     const QString& error, const QDateTime& at);

    Database& m_database;
};
