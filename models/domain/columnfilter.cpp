#include "columnfilter.h"

#include "money.h"

#include <QDateTime>
#include <QRegularExpression>

#include <optional>

namespace {

struct Period
{
    qint64 startMs = 0; ///< first millisecond of the period, UTC epoch
    qint64 endMs = 0; ///< first millisecond after it
};

qint64 localMidnightMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

Period dayPeriod(QDate day)
{
    return Period {localMidnightMs(day), localMidnightMs(day.addDays(1))};
}

std::optional<Period> parsePeriod(const QString& text, QDate today)
{
    // In either language, whichever the window shows.
    if (text.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0 || text == QStringLiteral("今天"))
        return dayPeriod(today);
    if (text.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0 || text == QStringLiteral("昨天"))
        return dayPeriod(today.addDays(-1));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty()) {
        return Period {localMidnightMs(QDate(year, 1, 1)), localMidnightMs(QDate(year + 1, 1, 1))};
    }
    const int month = match.captured(2).toInt();
    if (match.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        if (!first.isValid())
            return std::nullopt;
        return Period {localMidnightMs(first), localMidnightMs(first.addMonths(1))};
    }
    const QDate day(year, month, match.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return dayPeriod(day);
}

std::optional<qint64> parseNumber(const QString& text, ColumnKind kind)
{
    if (kind == ColumnKind::Money) {
        const std::optional<Money> money = Money::parse(text);
        if (!money)
            return std::nullopt;
        return money->fen();
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

ColumnFilter ColumnFilter::anyOf(const QStringList& keys)
{
    ColumnFilter filter;
    filter.m_conditions.append({Op::In, keys});
    return filter;
}

ColumnFilter ColumnFilter::parse(const QString& input, ColumnKind kind, QString* error, QDate today)
{
    const QString text = input.trimmed();
    ColumnFilter result;
    if (text.isEmpty())
        return result;
    if (kind == ColumnKind::Text || kind == ColumnKind::Enum) {
        result.m_conditions.append({Op::Contains, text});
        return result;
    }
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return ColumnFilter();
    };

    static const QList<std::pair<QString, Op>> prefixes {
        {QStringLiteral("<="), Op::LessOrEqual}, {QStringLiteral(">="), Op::GreaterOrEqual},
        {QStringLiteral("<"), Op::Less},         {QStringLiteral(">"), Op::Greater},
        {QStringLiteral("="), Op::Equals},
    };
    Op op = Op::Equals;
    QString operand = text;
    QString upper;
    const qsizetype range = text.indexOf(QStringLiteral(".."));
    if (range >= 0) {
        operand = text.left(range).trimmed();
        upper = text.mid(range + 2).trimmed();
    } else {
        for (const auto& [prefix, prefixOp] : prefixes) {
            if (text.startsWith(prefix)) {
                op = prefixOp;
                operand = text.mid(prefix.size()).trimmed();
                break;
            }
        }
    }

    QList<Condition>& out = result.m_conditions;
    if (kind == ColumnKind::DateTime) {
        const auto low = parsePeriod(operand, today);
        const auto high = range >= 0 ? parsePeriod(upper, today) : low;
        if (!low || !high) {
            return fail(tr("Type a date as 2026, 2026-11, 2026-11-23, today or yesterday, optionally "
                           "after <, <=, >, >= or as a range like 2026-01..2026-03."));
        }
        // A date names a period, so each comparison is against the period's bounds.
        if (range >= 0 || op == Op::Equals) {
            out.append({Op::GreaterOrEqual, low->startMs});
            out.append({Op::Less, high->endMs});
        } else if (op == Op::Less) {
            out.append({Op::Less, low->startMs});
        } else if (op == Op::LessOrEqual) {
            out.append({Op::Less, low->endMs});
        } else if (op == Op::Greater) {
            out.append({Op::GreaterOrEqual, low->endMs});
        } else {
            out.append({Op::GreaterOrEqual, low->startMs});
        }
        return result;
    }

    const auto low = parseNumber(operand, kind);
    const auto high = range >= 0 ? parseNumber(upper, kind) : low;
    if (!low || !high) {
        return fail(
            kind == ColumnKind::Money
                ? tr("Type an amount such as 50 or 1,234.50, optionally after <, <=, >, >= or as a "
                     "range like 10..50.")
                : tr("Type a whole number, optionally after <, <=, >, >= or as a range like 10..50."));
    }
    if (range >= 0) {
        out.append({Op::GreaterOrEqual, *low});
        out.append({Op::LessOrEqual, *high});
    } else {
        out.append({op, *low});
    }
    return result;
}
