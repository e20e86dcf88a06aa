#include "contractparties.h"

#include "contractrules.h"
#include "domaintext.h"
#include "storageerror.h"

QString ContractParties::findBuyer(const QString& customerNo)
{
    const QString trimmed = customerNo.trimmed();
    try {
        m_buyer = trimmed.isEmpty() ? std::nullopt : m_repository.buyerByCustomerNo(trimmed);
    } catch (const StorageError& error) {
        m_buyer.reset();
        return error.userMessage();
    }
    if (!m_buyer)
        return trimmed.isEmpty() ? QString() : tr("No buyer has customer ID %1.").arg(trimmed);
    return m_buyer->individual ? tr("%1 (individual)").arg(m_buyer->name) : m_buyer->name;
}

QString ContractParties::findFramework(const QString& vendorId)
{
    m_framework.reset();
    if (!m_buyer || vendorId.isEmpty())
        return {};
    try {
        m_framework = m_repository.validFramework(m_buyer->id, vendorId);
    } catch (const StorageError& error) {
        return error.userMessage();
    }
    if (!m_framework)
        return tr("This buyer has no framework contract with this vendor yet.");
    return tr("Framework contract %1: %2.")
        .arg(m_framework->contractNo, DomainText::name(m_framework->subState));
}

QString ContractParties::problem(const QString& vendorId, ContractKind kind, const QString& contractId) const
{
    if (!m_buyer)
        return tr("Enter the customer ID of an existing buyer.");
    if (vendorId.isEmpty())
        return tr("Choose the vendor.");
    if (kind == ContractKind::Framework && m_framework && m_framework->id != contractId)
        return tr("This buyer already has framework contract %1 with this vendor; void or terminate it "
                  "first.")
            .arg(m_framework->contractNo);
    if (ContractRules::listsOrders(kind)
        && (!m_framework || ContractWorkflow::stateOf(m_framework->subState) != ContractState::Effective))
        return tr("An order or filing contract needs an effective framework contract with this buyer and "
                  "vendor.");
    return {};
}
