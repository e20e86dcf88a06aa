#pragma once

#include <QString>

#include <optional>

/// One line of the benchmark's table: an operation timed three ways on one backend, in
/// milliseconds. A missing figure was not measured; a naive figure past the timeout is reported
/// as such rather than as a number.
struct Measurement
{
    QString operation;
    QString backend;
    double marketdeskMs = 0;
    std::optional<double> limitMs;
    std::optional<double> naiveMs;
    bool naiveTimedOut = false;
};

/// Resident memory of the queue with a million rows open and scrolled 10 pages, and of the same
/// queue over an empty database, in MiB.
struct MemoryMeasurement
{
    QString backend;
    double emptyMb = 0;
    double marketdeskMb = 0;
    double naiveMb = 0;
    bool naiveTimedOut = false;
};
