#include "productworkflow.h"

#include <QTimeZone>

const QList<ProductWorkflow::Transition>& ProductWorkflow::table()
{
    using A = ProductAction;
    using S = ProductStatus;
    static const QList<Transition> transitions {
        {A::Submit, S::Draft, S::UnderReview},    {A::Submit, S::Rejected, S::UnderReview},
        {A::Submit, S::Delisted, S::UnderReview}, {A::Approve, S::UnderReview, S::Listed},
        {A::Reject, S::UnderReview, S::Rejected}, {A::Delist, S::Listed, S::Delisted},
    };
    return transitions;
}

std::optional<ProductStatus> ProductWorkflow::target(ProductAction action, ProductStatus from)
{
    for (const Transition& transition : table()) {
        if (transition.action == action && transition.from == from)
            return transition.to;
    }
    return std::nullopt;
}

bool ProductWorkflow::isEditable(ProductStatus status)
{
    return status != ProductStatus::UnderReview;
}

bool ProductWorkflow::needsSecurityReview(DeliveryType type)
{
    return type != DeliveryType::ManualService;
}

namespace {

const QTimeZone china(8 * 3600);

} // namespace

QDateTime ProductWorkflow::dormantBefore(const QDateTime& nowUtc, int months)
{
    return nowUtc.toTimeZone(china).addMonths(-months).toUTC();
}

QDateTime ProductWorkflow::dormantAt(const QDateTime& lastActivityUtc, int months)
{
    return lastActivityUtc.toTimeZone(china).addMonths(months).toUTC();
}
