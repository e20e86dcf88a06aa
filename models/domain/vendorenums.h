#pragma once

#include "enumkeys.h"

/// SPEC 2: a vendor's standing on the marketplace.
enum class VendorStatus { Active, Suspended, Exited, Expelled };

/// SPEC 2.1 产品类别: what kind of vendor applies.
enum class VendorCategory { Software, WebsiteBuilding, Service };

/// Enterprise (营业执照) or individual (身份证) vendor.
enum class EntityType { Enterprise, Individual };

template<> struct EnumKeyTable<VendorStatus>
{
    static constexpr std::array<std::pair<VendorStatus, std::string_view>, 4> entries {{
        {VendorStatus::Active, "active"},
        {VendorStatus::Suspended, "suspended"},
        {VendorStatus::Exited, "exited"},
        {VendorStatus::Expelled, "expelled"},
    }};
};

template<> struct EnumKeyTable<VendorCategory>
{
    static constexpr std::array<std::pair<VendorCategory, std::string_view>, 3> entries {{
        {VendorCategory::Software, "software"},
        {VendorCategory::WebsiteBuilding, "website_building"},
        {VendorCategory::Service, "service"},
    }};
};

template<> struct EnumKeyTable<EntityType>
{
    static constexpr std::array<std::pair<EntityType, std::string_view>, 2> entries {{
        {EntityType::Enterprise, "enterprise"},
        {EntityType::Individual, "individual"},
    }};
};
