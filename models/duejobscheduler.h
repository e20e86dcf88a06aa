#pragma once

#include "duejobrunner.h"

#include <QObject>
#include <QTimer>

#include <atomic>

Q_DECLARE_METATYPE(DueJobRunner::Report)

class Clock;
class Database;
class QThread;

/// Runs the due jobs (DueJobRunner) when the app starts and then every interval while it runs, on
/// a worker thread with its own connection so that the window never waits for them. A run that is
/// still going when the next is due is not doubled.
class DueJobScheduler : public QObject
{
    Q_OBJECT
public:
    /// `actor` names this client in the flow logs of the steps it takes.
    DueJobScheduler(const Database& database, const Clock& clock, const QString& actor,
                    QObject* parent = nullptr);
    ~DueJobScheduler() override;

    /// Runs now, then every `intervalMs`.
    void start(int intervalMs);
    /// Starts one run unless one is going; false when one was going.
    bool runNow();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /// A run ended, on the GUI thread.
    void finished(const DueJobRunner::Report& report);

private:
    const Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QTimer m_timer;
    QThread* m_thread = nullptr;
};
