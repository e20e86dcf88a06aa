#pragma once

#include "contractrepository.h"

#include <QCoreApplication>

#include <optional>

/// Who signs a contract being drafted (SPEC 6): the buyer found by customer ID and the buyer's
/// framework contract with the chosen vendor, looked up as the user fills in the wizard's first
/// page, and whether that page allows going on.
class ContractParties
{
    Q_DECLARE_TR_FUNCTIONS(ContractParties)
public:
    explicit ContractParties(ContractRepository& repository)
        : m_repository(repository)
    { }

    /// Looks the buyer up; returns what to show under the customer ID (the buyer's name or why
    /// there is none). The framework contract must be looked up again afterwards.
    QString findBuyer(const QString& customerNo);
    /// Looks up the buyer's valid framework contract with `vendorId`; returns the note to show.
    QString findFramework(const QString& vendorId);

    const std::optional<ContractRepository::Buyer>& buyer() const { return m_buyer; }
    const std::optional<ContractRepository::Reference>& framework() const { return m_framework; }

    /// Why a contract of `kind` with `vendorId` cannot be drafted, empty when it can. A framework
    /// contract may stand beside no other valid one than `contractId` itself.
    QString problem(const QString& vendorId, ContractKind kind, const QString& contractId) const;

private:
    ContractRepository& m_repository;
    std::optional<ContractRepository::Buyer> m_buyer;
    std::optional<ContractRepository::Reference> m_framework;
};
