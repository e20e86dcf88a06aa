#include "demorandom.h"

#include "timeordereduuid.h"

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString DemoRandom::uuid()
{
    const std::uint16_t sequence = std::uint16_t(next() & 0x0FFF);
    return TimeOrderedUuid::fromParts(m_uuidMillis++, sequence, next()).toString(QUuid::WithoutBraces);
}

QString DemoRandom::mobile()
{
    return QStringLiteral("1%1%2").arg(3 + below(7)).arg(digits(9));
}

QString DemoRandom::digits(int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + below(10)));
    return text;
}
