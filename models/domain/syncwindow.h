#pragma once

#include <QDateTime>
#include <QList>

/// A creation-time window [from, to) of the marketplace's requests, swept page by page. The cursor
/// is the time up to which every window has been saved; each sweep starts `overlap` before it, so a
/// request that appeared late in an earlier window (the marketplace's clock, a slow commit) is
/// still found. All times UTC.
struct SyncWindow
{
    QDateTime from;
    QDateTime to;

    /// The windows from `cursor` − `overlapSeconds` up to `now`, each at most `lengthSeconds` long,
    /// oldest first. With no cursor yet the sweep starts `firstLookbackDays` before `now`.
    static QList<SyncWindow> plan(const QDateTime& cursor, const QDateTime& now, qint64 lengthSeconds,
                                  qint64 overlapSeconds, int firstLookbackDays);
};
