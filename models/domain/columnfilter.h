#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

/// How a column's values are compared when the user types into its filter box. Deadline and
/// Since columns hold UTC epoch milliseconds like DateTime ones and are shown as the time left
/// until them or the time since them.
enum class ColumnKind { Text, Enum, Money, DateTime, Integer, Deadline, Since };

/// What a user typed into the filter box above one column, read as a conjunction of conditions.
///
/// Text: the words are a substring match ("上海"). Money (fen), Integer and DateTime (UTC epoch
/// milliseconds) accept "=v", "<v", "<=v", ">v", ">=v", "a..b" and a bare value; a bare date names
/// a whole period in local time: "2026" a year, "2026-11" a month, "2026-11-23" a day, as do
/// "today" and "yesterday" (今天, 昨天). Deadline and Since columns take dates too, and durations
/// from now — "12h", "3d", "12 小时", "3 天" — as the time left ("<1d": due within a day, "<0h":
/// overdue) or the time waited (">3d": more than three days ago); a bare duration names a period
/// as a bare date does ("3d": 3 days and less than 4). Enum filters are built by the caller from
/// display names with `anyOf()`.
class ColumnFilter
{
    Q_DECLARE_TR_FUNCTIONS(ColumnFilter)
public:
    enum class Op { Contains, Equals, In, Less, LessOrEqual, Greater, GreaterOrEqual };
    struct Condition
    {
        Op op = Op::Equals;
        QVariant value; ///< QString, qint64, or QStringList for In

        friend bool operator==(const Condition&, const Condition&) = default;
    };

    ColumnFilter() = default;
    /// An empty filter for empty text; sets `error` (translated) and returns an empty filter when
    /// the text cannot be read for this kind of column. "today" is the local date of `now`, and
    /// durations count from it.
    static ColumnFilter parse(const QString& text, ColumnKind kind, QString* error = nullptr,
                              const QDateTime& now = QDateTime::currentDateTime());
    static ColumnFilter anyOf(const QStringList& keys);

    bool isEmpty() const { return m_conditions.isEmpty(); }
    friend bool operator==(const ColumnFilter&, const ColumnFilter&) = default;
    const QList<Condition>& conditions() const { return m_conditions; }

private:
    QList<Condition> m_conditions;
};
