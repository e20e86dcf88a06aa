#pragma once

#include "clock.h"

/// A clock that says what the test tells it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& now)
        : m_now(now)
    { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};
