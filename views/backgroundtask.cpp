#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

bool BackgroundTask::run(QWidget* parent, const QString& label, const Work& work,
                         const std::function<void()>& onCancel)
{
    std::atomic<bool> cancelled = false;
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled, &dialog, &onCancel] {
        cancelled = true;
        dialog.setLabelText(tr("Cancelling…"));
        if (onCancel)
            onCancel();
    });
    const std::unique_ptr<QThread> thread(QThread::create([&work, &cancelled, &dialog] {
        work([&cancelled, &dialog](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, done, total] {
                    // QProgressDialog counts in int; keep the ratio for any size.
                    const int scale = total > 1000000 ? int(total / 1000000 + 1) : 1;
                    dialog.setMaximum(int(total / scale));
                    dialog.setValue(int(done / scale));
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return !cancelled.load();
}
