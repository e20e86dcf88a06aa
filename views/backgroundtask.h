#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

/// Runs long work (imports, exports) on a worker thread while a window-modal progress dialog with
/// Cancel keeps the window alive. The work opens its own database connection: a connection
/// belongs to the thread that opened it.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
public:
    /// (done, total) → whether to go on; false once the user pressed Cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress& progress)>;

    /// Returns when `work` has finished; true unless the user cancelled. `onCancel`, when given,
    /// runs on this thread as the user cancels, e.g. to stop a long statement of the work.
    static bool run(QWidget* parent, const QString& label, const Work& work,
                    const std::function<void()>& onCancel = {});
};
