#pragma once

#include "marketplaceprovider.h"
#include "retrybackoff.h"
#include "syncwindow.h"

#include <QObject>

class Clock;
class MarketplaceService;

/// One pull from a marketplace: first every pending request again (the buyer may have changed a
/// title or address, or the request was issued elsewhere), then the creation-time windows since the
/// cursor, page by page. A window is saved in one transaction together with the cursor's advance,
/// so an interrupted pull resumes at the first window not saved. When the total of a window changes
/// between its pages (requests arrived or moved), the window is read again from its first page.
/// Throttling and transient failures are retried with backoff; an authentication or permanent
/// failure ends the pull.
class MarketplaceSync : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        qint64 windowSeconds = qint64(24) * 3600;
        qint64 overlapSeconds = qint64(10) * 60;
        int firstLookbackDays = 30;
        int pageSize = 50;
        int attemptsPerCall = 5; ///< tries of one page before the pull gives up
        int rereadsPerWindow = 3; ///< restarts of a window whose total keeps changing
        RetryBackoff backoff;
    };

    struct Report
    {
        int added = 0;
        int updated = 0;
        int pages = 0;
        QStringList problems; ///< translated; items the marketplace sent that could not be read
        QString error; ///< translated; empty when the pull completed
    };

    MarketplaceSync(MarketplaceProvider& provider, MarketplaceService& service, const Clock& clock,
                    const Settings& settings, QObject* parent = nullptr);

    /// Starts a pull recorded for `actor`; does nothing while one runs.
    void start(const QString& actor);
    bool isRunning() const { return m_running; }

signals:
    /// After each saved page or window: a line for a status bar.
    void progress(const QString& message);
    void finished(const MarketplaceSync::Report& report);

private:
    void fetchPending(int pageIndex);
    void fetchWindow(int pageIndex);
    /// Runs `retry` after a backoff when `failure` may pass; otherwise ends the pull.
    void retryOrEnd(const MarketplaceFailure& failure, const std::function<void()>& retry);
    bool save(const QList<MarketplaceInvoice>& invoices, const QDateTime& sweptUntil);
    void end(const QString& error);

    MarketplaceProvider& m_provider;
    MarketplaceService& m_service;
    const Clock& m_clock;
    Settings m_settings;

    bool m_running = false;
    QString m_actor;
    Report m_report;
    int m_attempt = 0;
    QList<SyncWindow> m_windows;
    QList<MarketplaceInvoice> m_windowInvoices;
    qint64 m_windowTotal = -1;
    int m_windowRereads = 0;
};
