#pragma once

#include "enumkeys.h"

/// SPEC 3 订单类型.
enum class OrderType { New, Renewal, ChangeOfSpec, Refund };

/// Where an order stands as to payment and refund.
enum class OrderStatus { Paid, Refunding, Refunded, Completed };

/// SPEC 3 交付方式: how a product reaches the buyer.
enum class DeliveryType { Image, Download, Application, ManualService, DingTalkPlugin };

template<> struct EnumKeyTable<OrderType>
{
    static constexpr std::array<std::pair<OrderType, std::string_view>, 4> entries {{
        {OrderType::New, "new"},
        {OrderType::Renewal, "renewal"},
        {OrderType::ChangeOfSpec, "change_of_spec"},
        {OrderType::Refund, "refund"},
    }};
};

template<> struct EnumKeyTable<OrderStatus>
{
    static constexpr std::array<std::pair<OrderStatus, std::string_view>, 4> entries {{
        {OrderStatus::Paid, "paid"},
        {OrderStatus::Refunding, "refunding"},
        {OrderStatus::Refunded, "refunded"},
        {OrderStatus::Completed, "completed"},
    }};
};

template<> struct EnumKeyTable<DeliveryType>
{
    static constexpr std::array<std::pair<DeliveryType, std::string_view>, 5> entries {{
        {DeliveryType::Image, "image"},
        {DeliveryType::Download, "download"},
        {DeliveryType::Application, "application"},
        {DeliveryType::ManualService, "manual_service"},
        {DeliveryType::DingTalkPlugin, "dingtalk_plugin"},
    }};
};

/// Why a refund is asked (SPEC 3). `Guarantee` is a refund within the product's refund guarantee,
/// which needs no other reason; `VendorExit` is the refund of a vendor's exit (SPEC 2.5).
enum class RefundReason {
    Guarantee,
    LateService,
    NotAsDescribed,
    Attitude,
    CannotDeliver,
    Quality,
    BusinessEnded,
    Unreachable,
    Bankrupt,
    VendorExit,
    Other,
};

/// Where a refund request stands.
enum class RefundStatus { Requested, Approved, Declined };

/// SPEC 3.1: where a product stands in listing review.
enum class ProductStatus { Draft, UnderReview, Listed, Rejected, Delisted };

template<> struct EnumKeyTable<ProductStatus>
{
    static constexpr std::array<std::pair<ProductStatus, std::string_view>, 5> entries {{
        {ProductStatus::Draft, "draft"},
        {ProductStatus::UnderReview, "under_review"},
        {ProductStatus::Listed, "listed"},
        {ProductStatus::Rejected, "rejected"},
        {ProductStatus::Delisted, "delisted"},
    }};
};

/// SPEC 3.1: the reviewer's checklist for listing a product, one tick (with a note) each.
enum class ListingCheck {
    DepositPaid,
    SecurityReview,
    TermsShown,
    OpenSourceLicences,
    ConsistentListing,
    NoOutsideLinks,
    PartnerPage,
    DelistingPlan,
    DescriptionRules
};

template<> struct EnumKeyTable<ListingCheck>
{
    static constexpr std::array<std::pair<ListingCheck, std::string_view>, 9> entries {{
        {ListingCheck::DepositPaid, "deposit_paid"},
        {ListingCheck::SecurityReview, "security_review"},
        {ListingCheck::TermsShown, "terms_shown"},
        {ListingCheck::OpenSourceLicences, "open_source_licences"},
        {ListingCheck::ConsistentListing, "consistent_listing"},
        {ListingCheck::NoOutsideLinks, "no_outside_links"},
        {ListingCheck::PartnerPage, "partner_page"},
        {ListingCheck::DelistingPlan, "delisting_plan"},
        {ListingCheck::DescriptionRules, "description_rules"},
    }};
};

template<> struct EnumKeyTable<RefundReason>
{
    static constexpr std::array<std::pair<RefundReason, std::string_view>, 11> entries {{
        {RefundReason::Guarantee, "guarantee"},
        {RefundReason::LateService, "late_service"},
        {RefundReason::NotAsDescribed, "not_as_described"},
        {RefundReason::Attitude, "attitude"},
        {RefundReason::CannotDeliver, "cannot_deliver"},
        {RefundReason::Quality, "quality"},
        {RefundReason::BusinessEnded, "business_ended"},
        {RefundReason::Unreachable, "unreachable"},
        {RefundReason::Bankrupt, "bankrupt"},
        {RefundReason::VendorExit, "vendor_exit"},
        {RefundReason::Other, "other"},
    }};
};

template<> struct EnumKeyTable<RefundStatus>
{
    static constexpr std::array<std::pair<RefundStatus, std::string_view>, 3> entries {{
        {RefundStatus::Requested, "requested"},
        {RefundStatus::Approved, "approved"},
        {RefundStatus::Declined, "declined"},
    }};
};
