#pragma once

#include "commandheader.h"
#include "enumkeys.h"
#include "fielderror.h"
#include "money.h"

#include <QCoreApplication>
#include <QJsonObject>

/// The administrator-edited catalogues of SPEC 2: markets with their deposits, the entry
/// checklist conditions, the violation types with their points, and the couriers the clerks pick
/// from when they mail paper invoices (SPEC 5.2).
enum class CatalogueKind { Market, Condition, ViolationType, Courier };

template<> struct EnumKeyTable<CatalogueKind>
{
    static constexpr std::array<std::pair<CatalogueKind, std::string_view>, 4> entries {{
        {CatalogueKind::Market, "market"},
        {CatalogueKind::Condition, "condition"},
        {CatalogueKind::ViolationType, "violation_type"},
        {CatalogueKind::Courier, "courier"},
    }};
};

/// Adds (`baseVersion` 0) or changes one catalogue entry. Entries are never deleted, only set
/// inactive, because applications, vendors and violations keep pointing at them.
struct SaveCatalogueEntry
{
    Q_DECLARE_TR_FUNCTIONS(SaveCatalogueEntry)
public:
    static constexpr const char* name = "catalogue.save";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumPoints = 100;

    CommandHeader header;
    CatalogueKind kind = CatalogueKind::Market;
    QString entryId;
    int baseVersion = 0;
    QString key; ///< markets and violation types: a stable lower-case key
    QString text; ///< the market's, type's or courier's name, the condition's wording
    Money deposit; ///< markets
    int points = 0; ///< violation types
    QString marketId; ///< conditions: empty for a condition of every market
    int position = 0; ///< markets', conditions' and couriers' display order
    bool active = true;

    /// Markets and violation types are referred to by key in records and exports.
    bool hasKey() const { return kind == CatalogueKind::Market || kind == CatalogueKind::ViolationType; }
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveCatalogueEntry fromJson(const QJsonObject& json);
};
