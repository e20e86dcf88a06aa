#include "columnfilter.h"

#include "duetime.h"
#include "money.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
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

/// "3d", "12h", "3 天", "12 小时", negative for the past ("-1d"): its length and the length of
/// its unit, in milliseconds.
struct Span
{
    qint64 ms = 0;
    qint64 unitMs = 0;
};

std::optional<Span> parseSpan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?\\d{1,5})\\s*(d|h|天|小时|时)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    constexpr qint64 hourMs = 60LL * 60 * 1000;
    const QString unit = match.captured(2).toLower();
    const qint64 unitMs = unit == QLatin1String("d") || unit == QStringLiteral("天") ? 24 * hourMs : hourMs;
    return Span {match.captured(1).toLongLong() * unitMs, unitMs};
}

/// The times a span from now names in a column of `kind`: for a Deadline the deadlines whose time
/// left is within it; for a Since the times whose time since is, [now − span − unit, now − span]
/// (the +1 keeps the period half-open like the others).
Period spanPeriod(const Span& span, ColumnKind kind, qint64 nowMs)
{
    if (kind == ColumnKind::Deadline)
        return Period {nowMs + span.ms, nowMs + span.ms + span.unitMs};
    return Period {nowMs - span.ms - span.unitMs + 1, nowMs - span.ms + 1};
}

/// A longer time since is an earlier time: "waited < 3d" is a time after now − 3d.
ColumnFilter::Op mirrored(ColumnFilter::Op op)
{
    using Op = ColumnFilter::Op;
    switch (op) {
    case Op::Less:
        return Op::Greater;
    case Op::LessOrEqual:
        return Op::GreaterOrEqual;
    case Op::Greater:
        return Op::Less;
    case Op::GreaterOrEqual:
        return Op::LessOrEqual;
    default:
        return op;
    }
}

/// A bare period or a range: from low's start to high's end; else one comparison against the
/// period's bounds ("<=2026-11" is before December).
void appendPeriodConditions(QList<ColumnFilter::Condition>& out, ColumnFilter::Op op, const Period& low,
                            const Period& high, bool isRange)
{
    using Op = ColumnFilter::Op;
    if (isRange || op == Op::Equals) {
        out.append({Op::GreaterOrEqual, low.startMs});
        out.append({Op::Less, high.endMs});
    } else if (op == Op::Less) {
        out.append({Op::Less, low.startMs});
    } else if (op == Op::LessOrEqual) {
        out.append({Op::Less, low.endMs});
    } else if (op == Op::Greater) {
        out.append({Op::GreaterOrEqual, low.endMs});
    } else {
        out.append({Op::GreaterOrEqual, low.startMs});
    }
}

/// A row with nothing due (or, in a Since column, nothing waiting) holds nothingDueMs: "more than 2
/// days left" or "waited under 12 hours" is not it.
void leaveOutNothingDue(QList<ColumnFilter::Condition>& conditions, ColumnKind kind)
{
    using Op = ColumnFilter::Op;
    const bool bounded = std::any_of(conditions.cbegin(), conditions.cend(), [](const auto& condition) {
        return condition.op == Op::Less || condition.op == Op::LessOrEqual;
    });
    if ((kind == ColumnKind::Deadline || kind == ColumnKind::Since) && !bounded)
        conditions.append({Op::Less, nothingDueMs});
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

ColumnFilter ColumnFilter::parse(const QString& input, ColumnKind kind, QString* error, const QDateTime& now)
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
    const bool isRange = range >= 0;
    const bool isRelative = kind == ColumnKind::Deadline || kind == ColumnKind::Since;
    if (isRelative && parseSpan(operand)) {
        const auto low = parseSpan(operand);
        const auto high = isRange ? parseSpan(upper) : low;
        if (!high)
            return fail(tr("Type both ends of a range as durations, like 1d..3d."));
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const bool deadline = kind == ColumnKind::Deadline;
        if (isRange || op == Op::Equals) {
            // Periods, as the column shows whole days and hours: "3d" is 3 days to just under 4.
            const Period first = spanPeriod(deadline ? *low : *high, kind, nowMs);
            const Period last = spanPeriod(deadline ? *high : *low, kind, nowMs);
            out.append({Op::GreaterOrEqual, first.startMs});
            out.append({Op::Less, last.endMs});
        } else {
            // Exact: "<1d" is less than 24 hours.
            out.append({deadline ? op : mirrored(op), deadline ? nowMs + low->ms : nowMs - low->ms});
        }
        leaveOutNothingDue(out, kind);
        return result;
    }
    if (kind == ColumnKind::DateTime || isRelative) {
        const QDate today = now.toLocalTime().date();
        const auto low = parsePeriod(operand, today);
        const auto high = isRange ? parsePeriod(upper, today) : low;
        if (!low || !high) {
            if (kind == ColumnKind::Deadline)
                return fail(
                    tr("Type the time left as 12h or 3d (小时, 天; <0h is overdue), or a date as "
                       "2026-11-23 or today, optionally after <, <=, >, >= or as a range like 1d..3d."));
            if (kind == ColumnKind::Since)
                return fail(tr("Type the time waited as 12h or 3d (小时, 天), or a date as 2026-11-23 or "
                               "today, optionally after <, <=, >, >= or as a range like 1d..3d."));
            return fail(tr("Type a date as 2026, 2026-11, 2026-11-23, today or yesterday, optionally "
                           "after <, <=, >, >= or as a range like 2026-01..2026-03."));
        }
        appendPeriodConditions(out, op, *low, *high, isRange);
        leaveOutNothingDue(out, kind);
        return result;
    }

    const auto low = parseNumber(operand, kind);
    const auto high = isRange ? parseNumber(upper, kind) : low;
    if (!low || !high) {
        return fail(
            kind == ColumnKind::Money
                ? tr("Type an amount such as 50 or 1,234.50, optionally after <, <=, >, >= or as a "
                     "range like 10..50.")
                : tr("Type a whole number, optionally after <, <=, >, >= or as a range like 10..50."));
    }
    if (isRange) {
        out.append({Op::GreaterOrEqual, *low});
        out.append({Op::LessOrEqual, *high});
    } else {
        out.append({op, *low});
    }
    return result;
}
