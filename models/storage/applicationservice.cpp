#include "applicationservice.h"

#include "applicationrepository.h"
#include "applicationworkflow.h"
#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"

#include <QJsonArray>
#include <QUuid>

namespace {

WriteOutcome invalid(const char* field, const QString& message)
{
    return WriteOutcome::invalid({{QLatin1String(field), message}});
}

/// The applicant's fields as columns, trimmed as they are stored.
RowUpdate::Columns fieldColumns(const SaveApplication& command)
{
    const bool enterprise = command.entityType == EntityType::Enterprise;
    return {
        {QStringLiteral("company_name"), command.companyName.trimmed()},
        {QStringLiteral("contact_person"), command.contactPerson.trimmed()},
        {QStringLiteral("phone"), command.phone.trimmed()},
        {QStringLiteral("email"), command.email.trimmed()},
        {QStringLiteral("category"), enumKey(command.category)},
        {QStringLiteral("entity_type"), enumKey(command.entityType)},
        {QStringLiteral("credit_code"), enterprise ? command.creditCode.trimmed().toUpper() : QString()},
        {QStringLiteral("province"), command.province},
        {QStringLiteral("city"), command.city},
        {QStringLiteral("main_business"), command.mainBusiness.trimmed()},
        {QStringLiteral("agreements_accepted"), command.acceptsAllAgreements()},
        {QStringLiteral("accepts_entry_agreement"), command.acceptsEntryAgreement},
        {QStringLiteral("accepts_management_rules"), command.acceptsManagementRules},
        {QStringLiteral("accepts_platform_agreement"), command.acceptsPlatformAgreement},
        {QStringLiteral("service_staff_count"), command.serviceStaffCount},
        {QStringLiteral("service_hours"), command.serviceHours.trimmed()},
        {QStringLiteral("warranty_period"), command.warrantyPeriod.trimmed()},
    };
}

QJsonObject toJson(const RowUpdate::Columns& columns)
{
    QJsonObject object;
    for (const auto& [column, value] : columns)
        object.insert(column, QJsonValue::fromVariant(value));
    return object;
}

} // namespace

ApplicationService::ApplicationService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome ApplicationService::save(const SaveApplication& input)
{
    SaveApplication command = input;
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        ApplicationRepository repository(m_database);
        ApplicationStatus from = ApplicationStatus::Draft;
        if (command.baseVersion > 0) {
            const auto current = repository.detail(command.applicationId);
            if (!current)
                return WriteOutcome::failed(tr("The application no longer exists."));
            if (current->version != command.baseVersion)
                return WriteOutcome::conflict(
                    tr("The application of %1 was changed by someone else. Reopen it.")
                        .arg(current->companyName));
            from = current->status;
            for (const AttachmentStore::File& file : current->files)
                command.keptFileKinds
                    << enumFromKey<ApplicationFileKind>(file.fileKind).value_or(ApplicationFileKind::Other);
        }
        const ApplicationAction action
            = command.submit ? ApplicationAction::Submit : ApplicationAction::SaveDraft;
        const auto to = ApplicationWorkflow::target(action, from);
        if (!to)
            return WriteOutcome::failed(tr("The application is under review or decided; the applicant's "
                                           "fields can no longer be changed."));
        if (const FieldErrors errors = command.validate(); !errors.isEmpty())
            return WriteOutcome::invalid(errors);
        if (command.submit) {
            const auto verdict = ReentryRule::check(
                repository.matchingVendors(command.creditCode, command.companyName), command.header.at,
                SettingsService(m_database).rules().reentryWaitMonths);
            if (!verdict.allowed())
                return invalid("company_name", verdict.message());
        }

        RowUpdate::Columns columns = fieldColumns(command);
        columns.append({QStringLiteral("status"), enumKey(*to)});
        if (command.submit)
            columns.append({QStringLiteral("submitted_at"), at});
        if (command.baseVersion == 0) {
            columns.append({QStringLiteral("id"), command.applicationId});
            columns.append({QStringLiteral("created_at"), at});
            columns.append({QStringLiteral("updated_at"), at});
            RowUpdate::insert(m_database, QStringLiteral("applications"), columns);
        } else if (!RowUpdate::apply(m_database, QStringLiteral("applications"), command.applicationId,
                                     command.baseVersion, at, columns)) {
            return WriteOutcome::conflict(tr("The application was changed by someone else. Reopen it."));
        }
        Query(m_database, QStringLiteral("DELETE FROM application_markets WHERE application_id = :id"))
            .bind(QStringLiteral(":id"), command.applicationId)
            .exec();
        for (const QString& marketId : std::as_const(command.marketIds))
            RowUpdate::insert(m_database, QStringLiteral("application_markets"),
                              {{QStringLiteral("application_id"), command.applicationId},
                               {QStringLiteral("market_id"), marketId}});
        AttachmentStore attachments(m_database);
        for (qsizetype i = 0; i < command.files.size(); ++i) {
            const ApplicationFile& file = command.files.at(i);
            attachments.add(command.header, QString::number(i), QStringLiteral("application"),
                            command.applicationId, file.fileName, file.content, enumKey(file.kind));
        }
        QJsonObject after = toJson(columns);
        after.remove(QStringLiteral("id"));
        after.insert(QStringLiteral("market_ids"), QJsonArray::fromStringList(command.marketIds));
        journal.audit(SaveApplication::name, command.header, QStringLiteral("application"),
                      command.applicationId, enumKey(action),
                      command.baseVersion == 0 ? QJsonObject()
                                               : QJsonObject {{QStringLiteral("status"), enumKey(from)}},
                      after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("application"), {command.applicationId});
    return outcome;
}

WriteOutcome ApplicationService::checkItem(const CheckApplicationItem& command)
{
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query status(m_database,
                     QStringLiteral("SELECT status FROM applications WHERE id = :id")
                         + m_database.dialect().lockRows());
        status.bind(QStringLiteral(":id"), command.applicationId).exec();
        if (!status.next())
            return WriteOutcome::failed(tr("The application no longer exists."));
        if (status.value(0).toString() != enumKey(ApplicationStatus::UnderReview))
            return WriteOutcome::failed(
                tr("Checklist items are ticked while the application is under review."));
        const QString checkId
            = QUuid::createUuidV5(QUuid::fromString(command.applicationId), command.conditionId)
                  .toString(QUuid::WithoutBraces);
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        Query(m_database, QStringLiteral("DELETE FROM application_checks WHERE id = :id"))
            .bind(QStringLiteral(":id"), checkId)
            .exec();
        RowUpdate::insert(m_database, QStringLiteral("application_checks"),
                          {{QStringLiteral("id"), checkId},
                           {QStringLiteral("application_id"), command.applicationId},
                           {QStringLiteral("condition_id"), command.conditionId},
                           {QStringLiteral("ticked"), command.ticked},
                           {QStringLiteral("note"), command.note.trimmed()},
                           {QStringLiteral("checked_by"), command.header.actor},
                           {QStringLiteral("checked_at"), at}});
        journal.audit(CheckApplicationItem::name, command.header, QStringLiteral("application"),
                      command.applicationId,
                      command.ticked ? QStringLiteral("tick") : QStringLiteral("untick"), {},
                      {{QStringLiteral("condition_id"), command.conditionId},
                       {QStringLiteral("note"), command.note.trimmed()}});
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("application"), {command.applicationId});
    return outcome;
}

WriteOutcome ApplicationService::decide(const DecideApplication& command)
{
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query(m_database,
              QStringLiteral("SELECT id FROM applications WHERE id = :id") + m_database.dialect().lockRows())
            .bind(QStringLiteral(":id"), command.applicationId)
            .exec();
        ApplicationRepository repository(m_database);
        const auto current = repository.detail(command.applicationId);
        if (!current)
            return WriteOutcome::failed(tr("The application no longer exists."));
        if (current->version != command.baseVersion)
            return WriteOutcome::conflict(
                tr("The application of %1 was changed by someone else. Look at it again.")
                    .arg(current->companyName));
        const auto to = ApplicationWorkflow::target(command.action, current->status);
        if (!to)
            return WriteOutcome::conflict(
                tr("The application of %1 has moved on meanwhile; look at it again.")
                    .arg(current->companyName));
        if (const FieldErrors errors = command.validate(current->untickedCount()); !errors.isEmpty())
            return WriteOutcome::invalid(errors);

        RowUpdate::Columns columns {{QStringLiteral("status"), enumKey(*to)}};
        const QString reason = command.reason.trimmed();
        if (command.action == ApplicationAction::Reject)
            columns.append({QStringLiteral("reject_reason"), reason});
        if (command.action == ApplicationAction::Approve || command.action == ApplicationAction::Reject) {
            columns.append({QStringLiteral("decided_at"), at});
            columns.append({QStringLiteral("decided_by"), command.header.actor});
        }
        if (command.action == ApplicationAction::Approve) {
            const auto verdict = ReentryRule::check(
                repository.matchingVendors(current->creditCode, current->companyName), command.header.at,
                SettingsService(m_database).rules().reentryWaitMonths);
            if (!verdict.allowed())
                return invalid("reason", verdict.message());
            const QString vendorId = command.vendorId.toString();
            RowUpdate::insert(m_database, QStringLiteral("vendors"),
                              {{QStringLiteral("id"), vendorId},
                               {QStringLiteral("name"), current->companyName},
                               {QStringLiteral("credit_code"), current->creditCode},
                               {QStringLiteral("entity_type"), enumKey(current->entityType)},
                               {QStringLiteral("category"), enumKey(current->category)},
                               {QStringLiteral("contact_person"), current->contactPerson},
                               {QStringLiteral("phone"), current->phone},
                               {QStringLiteral("email"), current->email},
                               {QStringLiteral("province"), current->province},
                               {QStringLiteral("city"), current->city},
                               {QStringLiteral("status"), enumKey(VendorStatus::Active)},
                               {QStringLiteral("joined_at"), at},
                               {QStringLiteral("created_at"), at},
                               {QStringLiteral("updated_at"), at}});
            for (const QString& marketId : current->marketIds)
                RowUpdate::insert(m_database, QStringLiteral("vendor_markets"),
                                  {{QStringLiteral("vendor_id"), vendorId},
                                   {QStringLiteral("market_id"), marketId},
                                   {QStringLiteral("joined_at"), at}});
            columns.append({QStringLiteral("vendor_id"), vendorId});
            columns.append(
                {QStringLiteral("override_reason"), current->untickedCount() > 0 ? reason : QString()});
            journal.audit(DecideApplication::name, command.header, QStringLiteral("vendor"), vendorId,
                          QStringLiteral("create"), {},
                          {{QStringLiteral("name"), current->companyName},
                           {QStringLiteral("application_id"), command.applicationId},
                           {QStringLiteral("market_ids"), QJsonArray::fromStringList(current->marketIds)}});
        }
        if (!RowUpdate::apply(m_database, QStringLiteral("applications"), command.applicationId,
                              command.baseVersion, at, columns))
            return WriteOutcome::conflict(
                tr("The application was changed by someone else. Look at it again."));
        QJsonObject after = toJson(columns);
        if (command.action == ApplicationAction::Approve && current->untickedCount() > 0)
            after.insert(QStringLiteral("unticked_items"), current->untickedCount());
        journal.audit(DecideApplication::name, command.header, QStringLiteral("application"),
                      command.applicationId, enumKey(command.action),
                      {{QStringLiteral("status"), enumKey(current->status)}}, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind != WriteOutcome::Kind::Done)
        return outcome;
    emit changed(QStringLiteral("application"), {command.applicationId});
    if (command.action == ApplicationAction::Approve)
        emit changed(QStringLiteral("vendor"), {command.vendorId.toString()});
    return outcome;
}
