#pragma once

#include <QtGlobal>

/// How long to wait before the next try: exponential from `baseMs`, capped at `capMs`, with "full
/// jitter" (a uniformly random share of the step) so that many clients that failed together do not
/// retry together. Throttling waits twice as long as other failures.
struct RetryBackoff
{
    qint64 baseMs = 2000;
    qint64 capMs = qint64(15) * 60 * 1000;

    /// The wait after the `attempt`-th failure (1 for the first); `unitRandom` in [0, 1) picks the
    /// jitter, so that tests can fix it. Never below baseMs / 2.
    qint64 delayMs(int attempt, double unitRandom, bool throttled) const;
};
