#include "violationservice.h"

#include "attachmentstore.h"
#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "rowupdate.h"
#include "vendorstanding.h"
#include "violationpoints.h"

ViolationService::ViolationService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome ViolationService::record(const RecordViolation& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const QString vendorId = command.vendorId.toString();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        const auto vendor = VendorStanding(m_database, journal).read(vendorId);
        if (const auto refused = VendorStanding::refusalUnlessOnMarketplace(
                vendor, tr("%1 has left the marketplace; no violation is recorded.")))
            return *refused;
        Query type(m_database,
                   QStringLiteral("SELECT name, points FROM violation_types WHERE id = :id AND is_active"));
        type.bind(QStringLiteral(":id"), command.violationTypeId).exec();
        if (!type.next())
            return WriteOutcome::invalid(
                {{QStringLiteral("type"), tr("This violation type is no longer in use.")}});
        const int points = type.value(1).toInt();
        const int year = ViolationPoints::countedYear(command.header.at);
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        RowUpdate::insert(
            m_database, QStringLiteral("violations"),
            {{QStringLiteral("id"), command.violationId},
             {QStringLiteral("vendor_id"), vendorId},
             {QStringLiteral("violation_type_id"), command.violationTypeId},
             {QStringLiteral("points"), points},
             {QStringLiteral("counted_year"), year},
             {QStringLiteral("description"), command.description.trimmed()},
             {QStringLiteral("occurred_at"), command.occurredOn.startOfDay(Qt::UTC).toMSecsSinceEpoch()},
             {QStringLiteral("processed_at"), at},
             {QStringLiteral("recorded_by"), command.header.actor}});
        AttachmentStore attachments(m_database);
        for (qsizetype i = 0; i < command.evidence.size(); ++i)
            attachments.add(command.header, QString::number(i), QStringLiteral("violation"),
                            command.violationId, command.evidence.at(i).fileName,
                            command.evidence.at(i).content);
        journal.audit(RecordViolation::name, command.header, QStringLiteral("violation"), command.violationId,
                      QStringLiteral("record"), {},
                      {{QStringLiteral("vendor_id"), vendorId},
                       {QStringLiteral("type"), type.value(0).toString()},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("counted_year"), year}});
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}
