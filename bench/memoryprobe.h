#pragma once

#include <QString>

#include <optional>

/// Resident memory of the queue, measured in a child process of the benchmark so that one
/// measurement's memory never counts in another's.
class MemoryProbe
{
public:
    /// The child's side, for `--probe-memory MODE --database URL`: opens the queue the MODE's way
    /// ("marketdesk" or "naive"), scrolls 10 pages, prints "rss_mb X" (or "timeout") and returns
    /// the exit code.
    static int runChild(const QString& mode, const QString& url, int naiveTimeoutMs);
    /// Runs the child for `mode` over `url`; nothing when it timed out or failed.
    static std::optional<double> measure(const QString& mode, const QString& url, int naiveTimeoutMs);

private:
    static double residentMb();
};
