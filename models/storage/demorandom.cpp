#include "demorandom.h"

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString DemoRandom::uuid()
{
    // Layout of RFC 9562 version 7: a 48-bit millisecond count first, so that ids come in rising
    // order and every primary-key insert appends to its B-tree instead of landing on a random page.
    const std::uint64_t high = (m_uuidMillis++ << 16) | (next() & 0x0FFF);
    const std::uint64_t low = next();
    const QUuid id(uint(high >> 32), ushort((high >> 16) & 0xFFFF), ushort((high & 0x0FFF) | 0x7000),
                   uchar(((low >> 56) & 0x3F) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32),
                   uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    return id.toString(QUuid::WithoutBraces);
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
