#include "retrybackoff.h"

#include <algorithm>

qint64 RetryBackoff::delayMs(int attempt, double unitRandom, bool throttled) const
{
    constexpr int maximumDoublings = 30;
    const int doublings = std::clamp(attempt - 1 + (throttled ? 1 : 0), 0, maximumDoublings);
    const qint64 step = std::min(capMs, baseMs << doublings);
    const qint64 floor = baseMs / 2;
    const double jitter = std::clamp(unitRandom, 0.0, 1.0);
    return std::min(capMs, floor + qint64(double(step - std::min(step, floor)) * jitter));
}
