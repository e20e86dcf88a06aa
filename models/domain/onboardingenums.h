#pragma once

#include "enumkeys.h"

/// SPEC 2.1: where a vendor application stands.
enum class ApplicationStatus { Draft, Submitted, UnderReview, Approved, Rejected };

/// SPEC 2.3: the kinds of deposit ledger entries. A settlement is a shortfall not topped up in time
/// and taken from the vendor's next settlement; a refund is the return of the balance on exit.
enum class DepositEntryKind { Payment, TopUp, Deduction, Refund, Settlement };

/// SPEC 2.3: a proposed surcharge (追加) waits for a reviewer's decision.
enum class SurchargeStatus { Proposed, Confirmed, Declined };

/// SPEC 2.5: why a vendor left. The first two are exits, the others expulsions (清退).
enum class LeaveReason { EndOfAgreement, OwnRequest, Points, ConditionsNotMet, Blacklisted, LowDeployment };

/// SPEC 2.5: the material changes (重大事项变更) a vendor reports within 30 days.
enum class MaterialChangeKind {
    CompanyName,
    LegalRepresentative,
    RegisteredAddress,
    RegisteredCapital,
    BusinessScope,
    Ownership,
    Other
};

/// The files an application brings (SPEC 2.1 qualification material).
enum class ApplicationFileKind { BusinessLicence, LegalRepresentativeId, IdCard, Other };

template<> struct EnumKeyTable<ApplicationStatus>
{
    static constexpr std::array<std::pair<ApplicationStatus, std::string_view>, 5> entries {{
        {ApplicationStatus::Draft, "draft"},
        {ApplicationStatus::Submitted, "submitted"},
        {ApplicationStatus::UnderReview, "under_review"},
        {ApplicationStatus::Approved, "approved"},
        {ApplicationStatus::Rejected, "rejected"},
    }};
};

template<> struct EnumKeyTable<DepositEntryKind>
{
    static constexpr std::array<std::pair<DepositEntryKind, std::string_view>, 5> entries {{
        {DepositEntryKind::Payment, "payment"},
        {DepositEntryKind::TopUp, "top_up"},
        {DepositEntryKind::Settlement, "settlement"},
        {DepositEntryKind::Deduction, "deduction"},
        {DepositEntryKind::Refund, "refund"},
    }};
};

template<> struct EnumKeyTable<SurchargeStatus>
{
    static constexpr std::array<std::pair<SurchargeStatus, std::string_view>, 3> entries {{
        {SurchargeStatus::Proposed, "proposed"},
        {SurchargeStatus::Confirmed, "confirmed"},
        {SurchargeStatus::Declined, "declined"},
    }};
};

template<> struct EnumKeyTable<LeaveReason>
{
    static constexpr std::array<std::pair<LeaveReason, std::string_view>, 6> entries {{
        {LeaveReason::EndOfAgreement, "end_of_agreement"},
        {LeaveReason::OwnRequest, "own_request"},
        {LeaveReason::Points, "points"},
        {LeaveReason::ConditionsNotMet, "conditions_not_met"},
        {LeaveReason::Blacklisted, "blacklisted"},
        {LeaveReason::LowDeployment, "low_deployment"},
    }};
};

template<> struct EnumKeyTable<ApplicationFileKind>
{
    static constexpr std::array<std::pair<ApplicationFileKind, std::string_view>, 4> entries {{
        {ApplicationFileKind::BusinessLicence, "business_licence"},
        {ApplicationFileKind::LegalRepresentativeId, "legal_representative_id"},
        {ApplicationFileKind::IdCard, "id_card"},
        {ApplicationFileKind::Other, "other"},
    }};
};

template<> struct EnumKeyTable<MaterialChangeKind>
{
    static constexpr std::array<std::pair<MaterialChangeKind, std::string_view>, 7> entries {{
        {MaterialChangeKind::CompanyName, "company_name"},
        {MaterialChangeKind::LegalRepresentative, "legal_representative"},
        {MaterialChangeKind::RegisteredAddress, "registered_address"},
        {MaterialChangeKind::RegisteredCapital, "registered_capital"},
        {MaterialChangeKind::BusinessScope, "business_scope"},
        {MaterialChangeKind::Ownership, "ownership"},
        {MaterialChangeKind::Other, "other"},
    }};
};
