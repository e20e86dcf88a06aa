#pragma once

#include "enumkeys.h"

/// SPEC 5.4: the states of an invoice request.
enum class InvoiceStatus {
    Pending,
    Processing,
    Mailing,
    Issued,
    Delivered,
    Cancelled,
    Refunded,
    Failed,
    ReturnPending,
    AwaitingRedLetter,
    Returning,
    ReturnDeclined,
    Voided,
};

enum class InvoiceType { VatNormal, VatSpecial };
enum class InvoiceMedium { Paper, Electronic, Digital };
/// SPEC 5.3 发票抬头 types.
enum class TitleKind { Enterprise, Personal, Organisation };

template<> struct EnumKeyTable<InvoiceStatus>
{
    static constexpr std::array<std::pair<InvoiceStatus, std::string_view>, 13> entries {{
        {InvoiceStatus::Pending, "pending"},
        {InvoiceStatus::Processing, "processing"},
        {InvoiceStatus::Mailing, "mailing"},
        {InvoiceStatus::Issued, "issued"},
        {InvoiceStatus::Delivered, "delivered"},
        {InvoiceStatus::Cancelled, "cancelled"},
        {InvoiceStatus::Refunded, "refunded"},
        {InvoiceStatus::Failed, "failed"},
        {InvoiceStatus::ReturnPending, "return_pending"},
        {InvoiceStatus::AwaitingRedLetter, "awaiting_red_letter"},
        {InvoiceStatus::Returning, "returning"},
        {InvoiceStatus::ReturnDeclined, "return_declined"},
        {InvoiceStatus::Voided, "voided"},
    }};
};

template<> struct EnumKeyTable<InvoiceType>
{
    static constexpr std::array<std::pair<InvoiceType, std::string_view>, 2> entries {{
        {InvoiceType::VatNormal, "vat_normal"},
        {InvoiceType::VatSpecial, "vat_special"},
    }};
};

template<> struct EnumKeyTable<InvoiceMedium>
{
    static constexpr std::array<std::pair<InvoiceMedium, std::string_view>, 3> entries {{
        {InvoiceMedium::Paper, "paper"},
        {InvoiceMedium::Electronic, "electronic"},
        {InvoiceMedium::Digital, "digital"},
    }};
};

template<> struct EnumKeyTable<TitleKind>
{
    static constexpr std::array<std::pair<TitleKind, std::string_view>, 3> entries {{
        {TitleKind::Enterprise, "enterprise"},
        {TitleKind::Personal, "personal"},
        {TitleKind::Organisation, "organisation"},
    }};
};

/// SPEC 5.4: why a buyer sends an invoice back.
enum class ReturnReason { WrongType, WrongTaxId, NameChanged, WrongAmount, GoodsReturned };

template<> struct EnumKeyTable<ReturnReason>
{
    static constexpr std::array<std::pair<ReturnReason, std::string_view>, 5> entries {{
        {ReturnReason::WrongType, "wrong_type"},
        {ReturnReason::WrongTaxId, "wrong_tax_id"},
        {ReturnReason::NameChanged, "name_changed"},
        {ReturnReason::WrongAmount, "wrong_amount"},
        {ReturnReason::GoodsReturned, "goods_returned"},
    }};
};
