#include "vendorservice.h"

#include "commandjournal.h"
#include "database.h"
#include "depositrepository.h"
#include "fieldvalidators.h"
#include "query.h"
#include "rowupdate.h"
#include "storageerror.h"
#include "transaction.h"
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
    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        if (journal.alreadyApplied(command.header.id))
            return WriteOutcome::alreadyApplied();

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
        journal.recordCommand(UpdateVendorContact::name, command.header, command.toJson());
        transaction.commit();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    emit changed(QStringLiteral("vendor"), {command.vendor.toString()});
    return WriteOutcome::done(command.baseVersion + 1);
}

WriteOutcome VendorService::move(const MoveVendor& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    const QString vendorId = command.vendor.toString();
    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        if (journal.alreadyApplied(command.header.id))
            return WriteOutcome::alreadyApplied();
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
                                   {QStringLiteral("reason"), tr("Expelled")},
                                   {QStringLiteral("recorded_at"), at},
                                   {QStringLiteral("recorded_by"), command.header.actor}});
                journal.audit(MoveVendor::name, command.header, QStringLiteral("deposit_entry"), entryId,
                              enumKey(DepositEntryKind::Deduction), {},
                              {{QStringLiteral("amount_fen"), QString::number(balance.fen())}});
            }
            Query delist(m_database,
                         QStringLiteral("UPDATE products SET status = 'delisted', delisted_at = :at, "
                                        "delist_reason = :reason, version = version + 1, updated_at = :at "
                                        "WHERE vendor_id = :id AND status IN ('listed', 'under_review')"));
            delist.bind(QStringLiteral(":at"), at)
                .bind(QStringLiteral(":reason"), tr("Vendor expelled"))
                .bind(QStringLiteral(":id"), vendorId)
                .exec();
            if (delist.rowsAffected() > 0)
                journal.audit(MoveVendor::name, command.header, QStringLiteral("products"), vendorId,
                              QStringLiteral("delist_all"), {},
                              {{QStringLiteral("delisted"), delist.rowsAffected()}});
        }
        const VendorStanding::Change change {*to, command.note.trimmed(), command.reason, false};
        if (!standing.apply(MoveVendor::name, command.header, vendorId, *current, change,
                            enumKey(command.action)))
            return WriteOutcome::conflict(
                tr("%1 was changed by someone else. Look at it again.").arg(current->name));
        journal.recordCommand(MoveVendor::name, command.header, command.toJson());
        transaction.commit();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    emit changed(QStringLiteral("vendor"), {vendorId});
    return WriteOutcome::done(command.baseVersion + 1);
}
