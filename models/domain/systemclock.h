#pragma once

#include "clock.h"

/// The machine's real-time clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};
