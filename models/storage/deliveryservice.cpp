#include "deliveryservice.h"

#include "commandjournal.h"
#include "database.h"
#include "deliverystepwriter.h"

DeliveryService::DeliveryService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome DeliveryService::move(const MoveDelivery& command)
{
    if (DeliveryWorkflow::isRefundAction(command.action) || command.actor == DeliveryActor::System)
        return WriteOutcome::invalid({{QStringLiteral("action"),
                                       tr("Refunds are requested and decided on the order's refund; the "
                                          "system's steps are taken by the due jobs.")}});
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        DeliveryStepWriter writer(m_database, journal);
        const auto current = writer.lock(command.deliveryId);
        if (!current)
            return WriteOutcome::failed(tr("The delivery no longer exists."));
        return writer.apply(*current, command, MoveDelivery::name);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("delivery"), {command.deliveryId});
    return outcome;
}
