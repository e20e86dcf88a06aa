#pragma once

#include "enumkeys.h"

/// SPEC 6: the three kinds of contract.
enum class ContractKind { Framework, Order, Filing };

/// How a contract is sealed: by the platform's e-seal alone, or by both parties' e-seals.
enum class SealMethod { OneSided, TwoSided };

/// The five states of a contract; each sub-state belongs to exactly one of them.
enum class ContractState { Draft, Signing, Effective, Voided, Terminated };

/// Where within its state a contract stands. Voided and terminated have no finer stage.
enum class ContractSubState {
    FillingIn,
    ConfirmingText,
    ConfirmingSignature,
    Generating,
    CustomerSigning,
    Cancelling,
    PlatformSigning,
    Effective,
    PaperCopyRequested,
    PaperCopyMailed,
    Voided,
    Terminated,
};

template<> struct EnumKeyTable<ContractKind>
{
    static constexpr std::array<std::pair<ContractKind, std::string_view>, 3> entries {{
        {ContractKind::Framework, "framework"},
        {ContractKind::Order, "order"},
        {ContractKind::Filing, "filing"},
    }};
};

template<> struct EnumKeyTable<SealMethod>
{
    static constexpr std::array<std::pair<SealMethod, std::string_view>, 2> entries {{
        {SealMethod::OneSided, "one_sided"},
        {SealMethod::TwoSided, "two_sided"},
    }};
};

template<> struct EnumKeyTable<ContractState>
{
    static constexpr std::array<std::pair<ContractState, std::string_view>, 5> entries {{
        {ContractState::Draft, "draft"},
        {ContractState::Signing, "signing"},
        {ContractState::Effective, "effective"},
        {ContractState::Voided, "voided"},
        {ContractState::Terminated, "terminated"},
    }};
};

template<> struct EnumKeyTable<ContractSubState>
{
    static constexpr std::array<std::pair<ContractSubState, std::string_view>, 12> entries {{
        {ContractSubState::FillingIn, "filling_in"},
        {ContractSubState::ConfirmingText, "confirming_text"},
        {ContractSubState::ConfirmingSignature, "confirming_signature"},
        {ContractSubState::Generating, "generating"},
        {ContractSubState::CustomerSigning, "customer_signing"},
        {ContractSubState::Cancelling, "cancelling"},
        {ContractSubState::PlatformSigning, "platform_signing"},
        {ContractSubState::Effective, "effective"},
        {ContractSubState::PaperCopyRequested, "paper_copy_requested"},
        {ContractSubState::PaperCopyMailed, "paper_copy_mailed"},
        {ContractSubState::Voided, "voided"},
        {ContractSubState::Terminated, "terminated"},
    }};
};
