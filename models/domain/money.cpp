#include "money.h"

#include <QLocale>

namespace {

// Amounts above this many yuan are refused: far beyond any invoice and safely inside qint64 fen.
constexpr qint64 maximumYuan = 1'000'000'000'000LL;

QString normalizedWidth(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            out.append(QChar(char16_t(u - 0xFEE0))); // full-width ASCII block
        } else if (u == 0xFFE5) {
            out.append(QChar(u'¥')); // full-width yen sign
        } else if (u == 0x3000) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

std::optional<Money> Money::parse(const QString& input, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<Money>();
    };
    QString text = normalizedWidth(input).trimmed();
    if (text.isEmpty())
        return fail(tr("Enter an amount."));

    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.startsWith(QChar(u'¥')))
        text = text.mid(1).trimmed();
    if (text.endsWith(QChar(u'元')))
        text.chop(1);
    text = text.trimmed();
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return fail(tr("Enter an amount."));

    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString decimals = point < 0 ? QString() : text.mid(point + 1);

    if (decimals.contains(QLatin1Char('.')) || decimals.contains(QLatin1Char(',')))
        return fail(tr("\"%1\" is not an amount: it has more than one decimal point.").arg(input));
    if (decimals.size() > 2)
        return fail(tr("\"%1\" has more than two decimals; amounts are kept to the fen.").arg(input));
    if (whole.isEmpty() && decimals.isEmpty())
        return fail(tr("\"%1\" is not an amount.").arg(input));

    const QStringList groups = whole.split(QLatin1Char(','));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString& group = groups.at(i);
        const bool validSize = groups.size() == 1
            ? true
            : (i == 0 ? group.size() >= 1 && group.size() <= 3 : group.size() == 3);
        if (!validSize)
            return fail(tr("\"%1\" has a misplaced thousands separator.").arg(input));
    }
    const QString digits = groups.join(QString()) + decimals;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(tr("\"%1\" is not an amount: use digits, a decimal point and thousands separators.")
                            .arg(input));
    }

    qint64 yuan = 0;
    for (QChar c : groups.join(QString())) {
        yuan = yuan * 10 + (c.unicode() - u'0');
        if (yuan > maximumYuan)
            return fail(tr("\"%1\" is too large.").arg(input));
    }
    qint64 fen = 0;
    if (!decimals.isEmpty())
        fen = (decimals.at(0).unicode() - u'0') * 10
            + (decimals.size() > 1 ? decimals.at(1).unicode() - u'0' : 0);

    const qint64 total = yuan * 100 + fen;
    return Money(negative ? -total : total);
}

QString Money::format(const QLocale& locale) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    const QString yuan = locale.toString(magnitude / 100);
    const QString fen = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QChar(u'¥') + yuan + locale.decimalPoint() + fen;
}

QString Money::toPlainString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
