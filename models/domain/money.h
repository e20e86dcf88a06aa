#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

class QLocale;

/// An amount of Chinese yuan kept as a whole number of fen (1 yuan = 100 fen).
/// Never built from or converted to floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }

    /// Reads what a person types: "1,234.50", "¥12", "12.5", "￥1 234", full-width digits, an optional
    /// trailing "元". Group separators must sit between groups of three digits; at most two decimals.
    /// Returns nothing and sets `error` (translated) when the text is not an amount.
    static std::optional<Money> parse(const QString& text, QString* error = nullptr);

    /// "¥1,234.50" with the locale's group separator and decimal point.
    QString format(const QLocale& locale) const;
    /// "1234.50": for files and exports, independent of any locale.
    QString toPlainString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money& operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    // The compiler's defaulted <=> compares with a literal 0, which clang-tidy mistakes for a null pointer.
    constexpr auto operator<=>(const Money&) const = default; // NOLINT(modernize-use-nullptr)

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    { }
    qint64 m_fen = 0;
};

Q_DECLARE_METATYPE(Money)
