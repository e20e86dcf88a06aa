#include "deliveryservice.h"

#include "commandjournal.h"
#include "database.h"
#include "deliverystepwriter.h"
#include "storageerror.h"
#include "transaction.h"

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
    WriteOutcome outcome;
    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        if (journal.alreadyApplied(command.header.id))
            return WriteOutcome::alreadyApplied();
        DeliveryStepWriter writer(m_database, journal);
        const auto current = writer.lock(command.deliveryId);
        if (!current)
            return WriteOutcome::failed(tr("The delivery no longer exists."));
        outcome = writer.apply(*current, command, MoveDelivery::name);
        if (outcome.kind != WriteOutcome::Kind::Done)
            return outcome;
        journal.recordCommand(MoveDelivery::name, command.header, command.toJson());
        transaction.commit();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    emit changed(QStringLiteral("delivery"), {command.deliveryId});
    return outcome;
}
