#include "depositservice.h"

#include "commandjournal.h"
#include "database.h"
#include "depositrepository.h"
#include "holidayservice.h"
#include "query.h"
#include "rowupdate.h"
#include "settingsservice.h"
#include "systemreason.h"
#include "vendorlifecycle.h"
#include "vendorstanding.h"

#include <QLocale>
#include <QUuid>

namespace {

/// Whether a surcharge is already proposed or confirmed and still running at `atMs`.
bool surchargePending(const DepositRepository::Ledger& ledger, qint64 atMs)
{
    return std::any_of(ledger.surcharges.begin(), ledger.surcharges.end(), [atMs](const auto& row) {
        return row.status == SurchargeStatus::Proposed
            || (row.status == SurchargeStatus::Confirmed && row.validUntilMs > atMs);
    });
}

} // namespace

DepositService::DepositService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome DepositService::record(const RecordDepositEntry& command)
{
    const QString vendorId = command.vendorId.toString();
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        VendorStanding standing(m_database, journal);
        const auto vendor = standing.read(vendorId);
        if (!vendor)
            return WriteOutcome::failed(tr("The vendor no longer exists."));
        DepositRepository::Ledger ledger = DepositRepository(m_database).ledger(command.vendorId);
        if (const FieldErrors errors = command.validate(ledger.balance()); !errors.isEmpty())
            return WriteOutcome::invalid(errors);
        const bool onMarketplace = VendorLifecycle::isOnMarketplace(vendor->status);
        if (command.kind == DepositEntryKind::Refund && onMarketplace)
            return WriteOutcome::invalid(
                {{QStringLiteral("kind"), tr("The deposit is refunded only after the vendor has left.")}});
        if (DepositLedger::isCredit(command.kind) && !onMarketplace)
            return WriteOutcome::invalid(
                {{QStringLiteral("kind"),
                  tr("%1 has left the marketplace; no deposit is taken.").arg(vendor->name)}});
        const Money shortfall = DepositLedger::shortfall(ledger.due(command.header.at), ledger.balance());
        if (command.kind == DepositEntryKind::Settlement && command.amount > shortfall)
            return WriteOutcome::invalid(
                {{QStringLiteral("amount"),
                  shortfall > Money()
                      ? tr("Only the shortfall of %1 is taken from a settlement.")
                            .arg(shortfall.format(QLocale()))
                      : tr("The deposit is paid in full; nothing is taken from a settlement.")}});

        const QString receipt = command.receiptNo.trimmed();
        if (!receipt.isEmpty()) {
            Query used(m_database,
                       QStringLiteral("SELECT 1 FROM deposit_entries WHERE receipt_no = :receipt"));
            used.bind(QStringLiteral(":receipt"), receipt).exec();
            if (used.next())
                return WriteOutcome::invalid({{QStringLiteral("receipt_no"),
                                               tr("Receipt %1 is already in the ledger.").arg(receipt)}});
        }
        RowUpdate::insert(m_database, QStringLiteral("deposit_entries"),
                          {{QStringLiteral("id"), command.entryId},
                           {QStringLiteral("vendor_id"), vendorId},
                           {QStringLiteral("kind"), enumKey(command.kind)},
                           {QStringLiteral("amount_fen"), command.amount.fen()},
                           {QStringLiteral("reason"), command.reason.trimmed()},
                           {QStringLiteral("violation_id"),
                            command.violationId.isEmpty() ? QVariant() : QVariant(command.violationId)},
                           {QStringLiteral("receipt_no"), receipt.isEmpty() ? QVariant() : QVariant(receipt)},
                           {QStringLiteral("recorded_at"), at},
                           {QStringLiteral("recorded_by"), command.header.actor}});
        journal.audit(RecordDepositEntry::name, command.header, QStringLiteral("deposit_entry"),
                      command.entryId, enumKey(command.kind), {},
                      {{QStringLiteral("vendor_id"), vendorId},
                       {QStringLiteral("amount_fen"), QString::number(command.amount.fen())},
                       {QStringLiteral("reason"), command.reason.trimmed()},
                       {QStringLiteral("receipt_no"), receipt}});
        ledger.lines.append({command.entryId,
                             command.kind,
                             command.amount,
                             command.reason,
                             receipt,
                             command.violationId,
                             at,
                             command.header.actor,
                             0,
                             {},
                             {}});

        const BusinessRules rules = SettingsService(m_database).rules();
        // A surcharge of ¥0 set by the administrator means the platform asks for none.
        if (command.kind == DepositEntryKind::Deduction && rules.surcharge > Money()
            && DepositLedger::proposesSurcharge(ledger.entries(), command.header.at,
                                                rules.surchargeDeductions)
            && !surchargePending(ledger, at)) {
            const QString surchargeId
                = QUuid::createUuidV5(command.header.id.uuid(), QStringLiteral("surcharge"))
                      .toString(QUuid::WithoutBraces);
            const QString reasonCode = SystemReason::deductionsWithinYear(
                DepositLedger::deductionsWithinYear(ledger.entries(), command.header.at));
            RowUpdate::insert(
                m_database, QStringLiteral("deposit_surcharges"),
                {{QStringLiteral("id"), surchargeId},
                 {QStringLiteral("vendor_id"), vendorId},
                 {QStringLiteral("amount_fen"), rules.surcharge.fen()},
                 {QStringLiteral("valid_from"), at},
                 {QStringLiteral("valid_until"), command.header.at.addYears(1).toMSecsSinceEpoch()},
                 {QStringLiteral("reason"), QString()},
                 {QStringLiteral("reason_code"), reasonCode},
                 {QStringLiteral("status"), enumKey(SurchargeStatus::Proposed)},
                 {QStringLiteral("recorded_at"), at},
                 {QStringLiteral("recorded_by"), command.header.actor}});
            journal.audit(RecordDepositEntry::name, command.header, QStringLiteral("deposit_surcharge"),
                          surchargeId, QStringLiteral("propose"), {},
                          {{QStringLiteral("reason_code"), reasonCode}});
        }

        if (command.kind == DepositEntryKind::Settlement && vendor->status == VendorStatus::Active) {
            // What the settlement gave is all it gives: past the top-up deadline and still short,
            // the display closes now rather than at the end of the settlement day.
            const auto schedule = DepositLedger::pendingShortfall(
                ledger.entries(), ledger.due(command.header.at), rules.topUpWorkingDays, rules.settlementDay,
                HolidayService(m_database).calendar());
            if (schedule && schedule->suspendAt <= command.header.at
                && !standing.suspendForShortfall(RecordDepositEntry::name, command.header, vendorId, *vendor,
                                                 schedule->settlementDay))
                return WriteOutcome::conflict(
                    tr("%1 was changed by someone else. Try again.").arg(vendor->name));
        }
        if (DepositLedger::isCredit(command.kind) && vendor->status == VendorStatus::Suspended
            && vendor->suspendedForShortfall && ledger.balance() >= ledger.due(command.header.at)) {
            const VendorStanding::Change lift {VendorStatus::Active, QString(), std::nullopt, false,
                                               SystemReason::depositToppedUp()};
            if (!standing.apply(RecordDepositEntry::name, command.header, vendorId, *vendor, lift,
                                QStringLiteral("lift")))
                return WriteOutcome::conflict(
                    tr("%1 was changed by someone else. Try again.").arg(vendor->name));
        }
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}

WriteOutcome DepositService::decideSurcharge(const DecideSurcharge& command)
{
    QString vendorId;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query current(m_database,
                      QStringLiteral("SELECT vendor_id, status, version FROM deposit_surcharges "
                                     "WHERE id = :id")
                          + m_database.dialect().lockRows());
        current.bind(QStringLiteral(":id"), command.surchargeId).exec();
        if (!current.next())
            return WriteOutcome::failed(tr("The surcharge no longer exists."));
        vendorId = current.value(0).toString();
        if (current.value(1).toString() != enumKey(SurchargeStatus::Proposed)
            || current.value(2).toInt() != command.baseVersion)
            return WriteOutcome::conflict(tr("The surcharge was decided by someone else meanwhile."));
        const SurchargeStatus to = command.confirm ? SurchargeStatus::Confirmed : SurchargeStatus::Declined;
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        Query update(
            m_database,
            QStringLiteral("UPDATE deposit_surcharges SET status = :status, valid_from = :from, "
                           "valid_until = :until, decided_at = :at, decided_by = :by, version = version + 1 "
                           "WHERE id = :id AND version = :version"));
        update.bind(QStringLiteral(":status"), enumKey(to))
            .bind(QStringLiteral(":from"), at)
            .bind(QStringLiteral(":until"), command.header.at.addYears(1).toMSecsSinceEpoch())
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":by"), command.header.actor)
            .bind(QStringLiteral(":id"), command.surchargeId)
            .bind(QStringLiteral(":version"), command.baseVersion)
            .exec();
        if (update.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("The surcharge was decided by someone else meanwhile."));
        journal.audit(DecideSurcharge::name, command.header, QStringLiteral("deposit_surcharge"),
                      command.surchargeId,
                      command.confirm ? QStringLiteral("confirm") : QStringLiteral("decline"),
                      {{QStringLiteral("status"), enumKey(SurchargeStatus::Proposed)}},
                      {{QStringLiteral("status"), enumKey(to)}});
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}

WriteOutcome DepositService::recordReceiptMailing(const RecordReceiptMailing& command)
{
    if (const FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    QString vendorId;
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query current(m_database,
                      QStringLiteral("SELECT vendor_id, COALESCE(receipt_no, ''), receipt_mailed_at "
                                     "FROM deposit_entries WHERE id = :id")
                          + m_database.dialect().lockRows());
        current.bind(QStringLiteral(":id"), command.entryId).exec();
        if (!current.next())
            return WriteOutcome::failed(tr("The ledger line no longer exists."));
        vendorId = current.value(0).toString();
        if (current.value(1).toString().isEmpty())
            return WriteOutcome::failed(tr("Only payments and top-ups have a receipt to mail."));
        if (!current.value(2).isNull())
            return WriteOutcome::conflict(
                tr("Receipt %1 was already recorded as mailed.").arg(current.value(1).toString()));
        Query(
            m_database,
            QStringLiteral("UPDATE deposit_entries SET receipt_mailed_at = :at, receipt_courier = :courier, "
                           "receipt_tracking_no = :tracking, version = version + 1 WHERE id = :id"))
            .bind(QStringLiteral(":at"), command.header.at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":courier"), command.courier.trimmed())
            .bind(QStringLiteral(":tracking"), command.trackingNo.trimmed())
            .bind(QStringLiteral(":id"), command.entryId)
            .exec();
        journal.audit(RecordReceiptMailing::name, command.header, QStringLiteral("deposit_entry"),
                      command.entryId, QStringLiteral("mail_receipt"), {},
                      {{QStringLiteral("courier"), command.courier.trimmed()},
                       {QStringLiteral("tracking_no"), command.trackingNo.trimmed()}});
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("vendor"), {vendorId});
    return outcome;
}
