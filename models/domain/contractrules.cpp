#include "contractrules.h"

std::optional<SealMethod> ContractRules::imposedSeal(bool individualBuyer)
{
    if (individualBuyer)
        return SealMethod::TwoSided;
    return std::nullopt;
}

std::optional<Money> ContractRules::lineAmount(OrderType type, OrderStatus status, Money paid, Money refunded)
{
    if (status != OrderStatus::Paid && status != OrderStatus::Completed)
        return std::nullopt;
    if (type == OrderType::Refund)
        return Money() - paid;
    return paid - refunded;
}

QString ContractRules::contractNumber(const QUuid& id, const QDateTime& createdAtUtc)
{
    const QDate createdOn = createdAtUtc.toOffsetFromUtc(8 * 3600).date();
    return QStringLiteral("HT%1-%2").arg(createdOn.toString(QStringLiteral("yyyyMMdd")),
                                         id.toString(QUuid::Id128).right(8).toUpper());
}
