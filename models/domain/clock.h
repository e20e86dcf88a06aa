#pragma once

#include <QDateTime>

/// Where "now" comes from. Views and the composition root read it to stamp commands; services
/// never do, so every write can be tested at any instant.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant in UTC.
    virtual QDateTime nowUtc() const = 0;
};
