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
