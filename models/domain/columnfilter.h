#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

/// How a column's values are compared when the user types into its filter box.
enum class ColumnKind { Text, Enum, Money, DateTime, Integer };

/// What a user typed into the filter box above one column, read as a conjunction of conditions.
///
/// Text: the words are a substring match ("上海"). Money (fen), Integer and DateTime (UTC epoch
/// milliseconds) accept "=v", "<v", "<=v", ">v", ">=v", "a..b" and a bare value; a bare date names
/// a whole period in local time: "2026" a year, "2026-11" a month, "2026-11-23" a day, as do
/// "today" and "yesterday" (今天, 昨天). Enum filters are built by the caller from display names
/// with `anyOf()`.
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
    /// the text cannot be read for this kind of column. "today" is `today`, the local date.
    static ColumnFilter parse(const QString& text, ColumnKind kind, QString* error = nullptr,
                              QDate today = QDate::currentDate());
    static ColumnFilter anyOf(const QStringList& keys);

    bool isEmpty() const { return m_conditions.isEmpty(); }
    friend bool operator==(const ColumnFilter&, const ColumnFilter&) = default;
    const QList<Condition>& conditions() const { return m_conditions; }

private:
    QList<Condition> m_conditions;
};
