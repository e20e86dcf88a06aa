#include "syncwindow.h"

QList<SyncWindow> SyncWindow::plan(const QDateTime& cursor, const QDateTime& now, qint64 lengthSeconds,
                                   qint64 overlapSeconds, int firstLookbackDays)
{
    QList<SyncWindow> windows;
    if (lengthSeconds <= 0)
        return windows;
    QDateTime from = cursor.isValid() ? cursor.addSecs(-overlapSeconds) : now.addDays(-firstLookbackDays);
    while (from < now) {
        const QDateTime to = std::min(from.addSecs(lengthSeconds), now);
        windows << SyncWindow {from, to};
        from = to;
    }
    return windows;
}
