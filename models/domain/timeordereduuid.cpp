#include "timeordereduuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>

QUuid TimeOrderedUuid::create()
{
    // The 60 ordered bits of the last ID: milliseconds << 12 | sequence.
    static std::atomic<std::uint64_t> last {0};
    const std::uint64_t now = std::uint64_t(QDateTime::currentMSecsSinceEpoch()) << 12;
    std::uint64_t previous = last.load(std::memory_order_relaxed);
    std::uint64_t next = 0;
    do {
        // Past 4,096 IDs in one millisecond the sequence carries into the millisecond count.
        next = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, next, std::memory_order_relaxed));
    return fromParts(next >> 12, std::uint16_t(next & 0x0FFF), QRandomGenerator::global()->generate64());
}

QUuid TimeOrderedUuid::fromParts(std::uint64_t millis, std::uint16_t sequence, std::uint64_t random)
{
    const std::uint64_t high = ((millis & 0xFFFFFFFFFFFFULL) << 16) | 0x7000 | (sequence & 0x0FFF);
    const std::uint64_t low = (random & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    return QUuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
                 uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8),
                 uchar(low));
}
