#include "chineseamount.h"

namespace {

const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
const QString smallUnits = QStringLiteral("拾佰仟");

/// 0 < group < 10000, written with its 拾/佰/仟 and inner zeros.
QString writeGroup(qint64 group)
{
    QString text;
    bool pendingZero = false;
    for (int position = 3; position >= 0; --position) {
        qint64 divisor = 1;
        for (int i = 0; i < position; ++i)
            divisor *= 10;
        const int digit = int((group / divisor) % 10);
        if (digit == 0) {
            if (!text.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            text += digits.at(0);
        pendingZero = false;
        text += digits.at(digit);
        if (position > 0)
            text += smallUnits.at(position - 1);
    }
    return text;
}

} // namespace

QString ChineseAmount::capitals(Money amount)
{
    if (amount.isNegative())
        return QStringLiteral("负") + capitals(Money() - amount);
    const qint64 yuan = amount.fen() / 100;
    const int jiao = int(amount.fen() / 10 % 10);
    const int fen = int(amount.fen() % 10);
    // Groups of four digits: 元, 万, 亿, 万亿.
    const QString groupUnits[]
        = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};
    QString integer;
    qint64 rest = yuan;
    bool lowerGroupStartsLow = false;
    bool zeroBetween = false;
    for (int index = 0; rest > 0 && index < 4; ++index) {
        const qint64 group = index == 3 ? rest : rest % 10000;
        rest = index == 3 ? 0 : rest / 10000;
        if (group == 0) {
            zeroBetween = !integer.isEmpty();
            continue;
        }
        QString part = writeGroup(group) + groupUnits[index];
        if (!integer.isEmpty() && (lowerGroupStartsLow || zeroBetween))
            part += digits.at(0);
        integer = part + integer;
        lowerGroupStartsLow = group < 1000;
        zeroBetween = false;
    }
    QString text;
    if (!integer.isEmpty())
        text = integer + QStringLiteral("元");
    if (jiao == 0 && fen == 0)
        return (text.isEmpty() ? QStringLiteral("零元") : text) + QStringLiteral("整");
    if (jiao > 0)
        text += digits.at(jiao) + QStringLiteral("角");
    else if (!text.isEmpty())
        text += digits.at(0);
    if (fen > 0)
        text += digits.at(fen) + QStringLiteral("分");
    else
        text += QStringLiteral("整");
    return text;
}
