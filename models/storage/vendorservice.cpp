#include "vendorservice.h"

#include "commandjournal.h"
#include "database.h"
#include "depositrepository.h"
#include "fieldvalidators.h"
#include "materialchangerule.h"
#include "query.h"
#include "rowupdate.h"
#include "systemreason.h"
#include "vendorlifecycle.h"
#include "vendorstanding.h"

#include <QUuid>

namespace {

FieldErrors validateContact(const UpdateVendorContact& command)
{
    FieldErrors errors;
    if (auto error = FieldValidators::requiredText(command.contactPerson, 50))
        errors.append({QStringLiteral("contact_person"), *error});
    if (auto error = FieldValidators::phone(command.phone))
        errors.append({QStringLiteral("phone"), *error});
    if (auto error = FieldValidators::email(command.email))
        errors.append({QStringLiteral("email"), *error});
    return errors;
}

} // namespace

VendorService::VendorService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome VendorService::updateContact(const UpdateVendorContact& command)
{
    if (const FieldErrors errors = validateContact(command); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query current(m_database,
                      QStringLiteral("SELECT contact_person, phone, email, version, name FROM vendors "
                                     "WHERE id = :id"));
        current.bind(QStringLiteral(":id"), command.vendor.toString()).exec();
        if (!current.next())
            return WriteOutcome::failed(tr("The vendor no longer exists."));
        const QJsonObject before {
            {QStringLiteral("contact_person"), current.value(0).toString()},
            {QStringLiteral("phone"), current.value(1).toString()},
            {QStringLiteral("email"), current.value(2).toString()},
        };
        const int currentVersion = current.value(3).toInt();
        if (currentVersion != command.baseVersion) {
            return WriteOutcome::conflict(
                tr("%1 was changed by someone else while you edited it (now: %2, %3, %4). "
                   "Reopen it to see the current contact.")
                    .arg(current.value(4).toString(),
                         before.value(QStringLiteral("contact_person")).toString(),
                         before.value(QStringLiteral("phone")).toString(),
                         before.value(QStringLiteral("email")).toString()));
        }

        const QJsonObject after {
            {QStringLiteral("contact_person"), command.contactPerson.trimmed()},
            {QStringLiteral("phone"), command.phone.trimmed()},
            {QStringLiteral("email"), command.email.trimmed()},
        };
        Query update(m_database,
                     QStringLiteral("UPDATE vendors SET contact_person = :person, phone = :phone, "
                                    "email = :email, version = version + 1, updated_at = :at "
                                    "WHERE id = :id AND version = :version"));
        update.bind(QStringLiteral(":person"), after.value(QStringLiteral("contact_person")).toString())
            .bind(QStringLiteral(":phone"), after.value(QStringLiteral("phone")).toString())
            .bind(QStringLiteral(":email"), after.value(QStringLiteral("email")).toString())
            .bind(QStringLiteral(":at"), command.header.at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":id"), command.vendor.toString())
            .bind(QStringLiteral(":version"), command.baseVersion)
            .exec();
        if (update.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("The vendor was changed by someone else while you edited it."));

        journal.audit(UpdateVendorContact::name, command.header, QStringLiteral("vendor"),
                      command.vendor.toString(), QStringLiteral("update_contact"), before, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {command.vendor.toString()});
    return outcome;
}

WriteOutcome VendorService::move(const MoveVendor& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const QString vendorId = command.vendor.toString();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        VendorStanding standing(m_database, journal);
        const auto current = standing.read(vendorId);
        if (!current)
            return WriteOutcome::failed(tr("The vendor no longer exists."));
        if (current->version != command.baseVersion)
            return WriteOutcome::conflict(
                tr("%1 was changed by someone else. Look at it again.").arg(current->name));
        const auto to = VendorLifecycle::target(command.action, current->status);
        if (!to)
            return WriteOutcome::failed(
                tr("%1 cannot make this move in its present state.").arg(current->name));
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        if (command.action == VendorAction::Expel) {
            const Money balance = DepositRepository(m_database).ledger(command.vendor).balance();
            if (balance > Money()) {
                const QString entryId
                    = QUuid::createUuidV5(command.header.id.uuid(), QStringLiteral("deduction"))
                          .toString(QUuid::WithoutBraces);
                RowUpdate::insert(m_database, QStringLiteral("deposit_entries"),
                                  {{QStringLiteral("id"), entryId},
                                   {QStringLiteral("vendor_id"), vendorId},
                                   {QStringLiteral("kind"), enumKey(DepositEntryKind::Deduction)},
                                   {QStringLiteral("amount_fen"), balance.fen()},
                                   {QStringLiteral("reason"), QString()},
                                   {QStringLiteral("reason_code"), SystemReason::vendorExpelled()},
                                   {QStringLiteral("recorded_at"), at},
                                   {QStringLiteral("recorded_by"), command.header.actor}});
                journal.audit(MoveVendor::name, command.header, QStringLiteral("deposit_entry"), entryId,
                              enumKey(DepositEntryKind::Deduction), {},
                              {{QStringLiteral("amount_fen"), QString::number(balance.fen())}});
            }
            Query delist(m_database,
                         QStringLiteral("UPDATE products SET status = 'delisted', delisted_at = :at, "
                                        "delist_reason = '', delist_reason_code = :reason, "
                                        "version = version + 1, updated_at = :at "
                                        "WHERE vendor_id = :id AND status IN ('listed', 'under_review')"));
            delist.bind(QStringLiteral(":at"), at)
                .bind(QStringLiteral(":reason"), SystemReason::vendorExpelled())
                .bind(QStringLiteral(":id"), vendorId)
                .exec();
            if (delist.rowsAffected() > 0)
                journal.audit(MoveVendor::name, command.header, QStringLiteral("products"), vendorId,
                              QStringLiteral("delist_all"), {},
                              {{QStringLiteral("delisted"), delist.rowsAffected()}});
        }
        const VendorStanding::Change change {*to, command.note.trimmed(), command.reason, false, {}};
        if (!standing.apply(MoveVendor::name, command.header, vendorId, *current, change,
                            enumKey(command.action)))
            return WriteOutcome::conflict(
                tr("%1 was changed by someone else. Look at it again.").arg(current->name));
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}

WriteOutcome VendorService::recordChange(const RecordMaterialChange& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const QString vendorId = command.vendorId.toString();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        const auto vendor = VendorStanding(m_database, journal).read(vendorId);
        if (const auto refused = VendorStanding::refusalUnlessOnMarketplace(
                vendor, tr("%1 has left the marketplace; it reports no more changes.")))
            return *refused;
        const bool renames = command.kind == MaterialChangeKind::CompanyName;
        // The vendor's name as it stands is the one a renaming changes, whatever the form showed.
        const QString before = renames ? vendor->name : command.before.trimmed();
        const QString after = command.after.trimmed();
        if (renames && after == before)
            return WriteOutcome::invalid(
                {{QStringLiteral("after"), tr("This is what it was before; nothing changed.")}});
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        const qint64 dueAt = MaterialChangeRule::reportDeadline(command.effectiveOn).toMSecsSinceEpoch();
        const QVariant reportedAt = command.reportedOn.isValid()
            ? QVariant(MaterialChangeRule::startOfChinaDay(command.reportedOn).toMSecsSinceEpoch())
            : QVariant(QMetaType::fromType<qint64>());
        RowUpdate::insert(m_database, QStringLiteral("vendor_changes"),
                          {{QStringLiteral("id"), command.changeId},
                           {QStringLiteral("vendor_id"), vendorId},
                           {QStringLiteral("kind"), enumKey(command.kind)},
                           {QStringLiteral("before_value"), before},
                           {QStringLiteral("after_value"), after},
                           {QStringLiteral("note"), command.note.trimmed()},
                           {QStringLiteral("effective_at"),
                            MaterialChangeRule::startOfChinaDay(command.effectiveOn).toMSecsSinceEpoch()},
                           {QStringLiteral("report_due_at"), dueAt},
                           {QStringLiteral("reported_at"), reportedAt},
                           {QStringLiteral("recorded_by"), command.header.actor},
                           {QStringLiteral("recorded_at"), at},
                           {QStringLiteral("updated_at"), at}});
        if (renames) {
            if (!RowUpdate::apply(m_database, QStringLiteral("vendors"), vendorId, vendor->version, at,
                                  {{QStringLiteral("name"), after}}))
                return WriteOutcome::conflict(tr("The vendor was changed by someone else meanwhile."));
            journal.audit(RecordMaterialChange::name, command.header, QStringLiteral("vendor"), vendorId,
                          QStringLiteral("rename"), {{QStringLiteral("name"), before}},
                          {{QStringLiteral("name"), after}});
        }
        journal.audit(RecordMaterialChange::name, command.header, QStringLiteral("vendor_change"),
                      command.changeId, QStringLiteral("record"), {},
                      {{QStringLiteral("vendor_id"), vendorId},
                       {QStringLiteral("kind"), enumKey(command.kind)},
                       {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("effective_on"), command.effectiveOn.toString(Qt::ISODate)},
                       {QStringLiteral("reported_on"), command.reportedOn.toString(Qt::ISODate)}});
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}

WriteOutcome VendorService::reportChange(const ReportMaterialChange& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    QString vendorId;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query current(m_database,
                      QStringLiteral("SELECT vendor_id, reported_at FROM vendor_changes WHERE id = :id"));
        current.bind(QStringLiteral(":id"), command.changeId).exec();
        if (!current.next())
            return WriteOutcome::failed(tr("The change no longer exists."));
        vendorId = current.value(0).toString();
        if (!current.value(1).isNull())
            return WriteOutcome::conflict(tr("The report of this change was recorded already."));
        const qint64 reportedAt = MaterialChangeRule::startOfChinaDay(command.reportedOn).toMSecsSinceEpoch();
        if (!RowUpdate::apply(m_database, QStringLiteral("vendor_changes"), command.changeId,
                              command.baseVersion, command.header.at.toMSecsSinceEpoch(),
                              {{QStringLiteral("reported_at"), reportedAt}}))
            return WriteOutcome::conflict(tr("The change was changed by someone else meanwhile."));
        journal.audit(ReportMaterialChange::name, command.header, QStringLiteral("vendor_change"),
                      command.changeId, QStringLiteral("report"), {},
                      {{QStringLiteral("reported_on"), command.reportedOn.toString(Qt::ISODate)}});
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}
