#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

#include <cstdint>

/// The deterministic random source of the demo data: the same seed gives the same data set on
/// every machine (splitmix64, independent of the standard library's distributions).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next();
    /// Uniform in [0, bound); bound > 0.
    int below(int bound) { return int(next() % std::uint64_t(bound)); }
    /// Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % std::uint64_t(high - low + 1)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString& pick(const QStringList& list) { return list.at(below(int(list.size()))); }
    /// A version-7 UUID (time-ordered: each one sorts after the previous) drawn from this source,
    /// in the stored text form.
    QString uuid();
    /// A mainland mobile number, 1[3-9] and nine digits.
    QString mobile();
    /// A string of `count` decimal digits.
    QString digits(int count);

private:
    std::uint64_t m_state;
    std::uint64_t m_uuidMillis = 0x018F00000000ULL; ///< 2024-04-24 UTC, one millisecond per id
};
