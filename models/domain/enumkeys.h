#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

/// Stable storage keys of a domain enum. Each enum specializes this with
/// `static constexpr std::array<std::pair<E, std::string_view>, N> entries`, listing every value
/// once in display order. Keys are what the database stores; they are never translated.
template<typename E> struct EnumKeyTable;

template<typename E> QString enumKey(E value)
{
    for (const auto& [entry, key] : EnumKeyTable<E>::entries) {
        if (entry == value)
            return QString::fromLatin1(key.data(), qsizetype(key.size()));
    }
    return {};
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& [entry, entryKey] : EnumKeyTable<E>::entries) {
        if (key == QLatin1String(entryKey.data(), qsizetype(entryKey.size())))
            return entry;
    }
    return std::nullopt;
}

/// Every value in display order.
template<typename E> auto enumValues()
{
    std::array<E, EnumKeyTable<E>::entries.size()> values {};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumKeyTable<E>::entries[i].first;
    return values;
}
