#include "buyerservice.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"

#include <QUuid>

BuyerService::BuyerService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

bool BuyerService::lockBuyer(const QString& buyerId)
{
    Query buyer(m_database,
                QStringLiteral("SELECT 1 FROM buyers WHERE id = :id") + m_database.dialect().lockRows());
    buyer.bind(QStringLiteral(":id"), buyerId).exec();
    return buyer.next();
}

WriteOutcome BuyerService::saveTitle(const SaveInvoiceTitle& command)
{
    if (FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    if (QUuid::fromString(command.titleId).isNull())
        return WriteOutcome::invalid({{QStringLiteral("title"), tr("The title has no identifier.")}});
    const QString kind = enumKey(command.kind);
    const QJsonObject after {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), command.title.trimmed()},
        {QStringLiteral("taxpayer_id"), command.taxpayerId.trimmed()},
        {QStringLiteral("bank"), command.bank.trimmed()},
        {QStringLiteral("account"), QString(command.account).remove(u' ')},
        {QStringLiteral("registered_address"), command.registeredAddress.trimmed()},
        {QStringLiteral("registered_phone"), command.registeredPhone.trimmed()},
    };
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        if (!lockBuyer(command.buyerId))
            return WriteOutcome::failed(tr("The buyer no longer exists."));
        QString sql;
        if (command.baseVersion == 0) {
            Query(m_database,
                  QStringLiteral("UPDATE invoice_titles SET is_valid = FALSE, version = version + 1 "
                                 "WHERE buyer_id = :buyer AND is_valid"))
                .bind(QStringLiteral(":buyer"), command.buyerId)
                .exec();
            sql = QStringLiteral(
                "INSERT INTO invoice_titles (id, buyer_id, kind, title, taxpayer_id, bank, account, "
                "registered_address, registered_phone, is_valid, created_at) VALUES (:id, :buyer, "
                ":kind, :title, :taxpayer, :bank, :account, :address, :phone, TRUE, :at)");
        } else {
            sql = QStringLiteral(
                "UPDATE invoice_titles SET kind = :kind, title = :title, taxpayer_id = :taxpayer, "
                "bank = :bank, account = :account, registered_address = :address, "
                "registered_phone = :phone, version = version + 1 WHERE id = :id AND buyer_id = "
                ":buyer AND version = :version");
        }
        Query write(m_database, sql);
        write.bind(QStringLiteral(":id"), command.titleId)
            .bind(QStringLiteral(":buyer"), command.buyerId)
            .bind(QStringLiteral(":kind"), kind)
            .bind(QStringLiteral(":title"), after.value(QStringLiteral("title")).toString())
            .bind(QStringLiteral(":taxpayer"), after.value(QStringLiteral("taxpayer_id")).toString())
            .bind(QStringLiteral(":bank"), after.value(QStringLiteral("bank")).toString())
            .bind(QStringLiteral(":account"), after.value(QStringLiteral("account")).toString())
            .bind(QStringLiteral(":address"), after.value(QStringLiteral("registered_address")).toString())
            .bind(QStringLiteral(":phone"), after.value(QStringLiteral("registered_phone")).toString());
        if (command.baseVersion == 0)
            write.bind(QStringLiteral(":at"), at);
        else
            write.bind(QStringLiteral(":version"), command.baseVersion);
        write.exec();
        if (write.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("The title was changed by someone else. Open it again."));
        journal.audit(
            SaveInvoiceTitle::name, command.header, QStringLiteral("invoice_title"), command.titleId,
            command.baseVersion == 0 ? QStringLiteral("create") : QStringLiteral("update"), {}, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("invoice_title"), {command.titleId});
    return outcome;
}

WriteOutcome BuyerService::saveAddress(const SaveMailingAddress& command)
{
    if (FieldErrors errors = command.validate(); !errors.isEmpty())
        return WriteOutcome::invalid(errors);
    if (QUuid::fromString(command.addressId).isNull())
        return WriteOutcome::invalid({{QStringLiteral("address"), tr("The address has no identifier.")}});
    const QJsonObject after {
        {QStringLiteral("recipient"), command.recipient.trimmed()},
        {QStringLiteral("phone"), command.phone.trimmed()},
        {QStringLiteral("province"), command.province.trimmed()},
        {QStringLiteral("city"), command.city.trimmed()},
        {QStringLiteral("address"), command.address.trimmed()},
        {QStringLiteral("postcode"), command.postcode.trimmed()},
        {QStringLiteral("is_default"), command.isDefault},
    };
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        if (!lockBuyer(command.buyerId))
            return WriteOutcome::failed(tr("The buyer no longer exists."));
        if (command.isDefault) {
            Query(m_database,
                  QStringLiteral("UPDATE mailing_addresses SET is_default = FALSE WHERE buyer_id = :buyer "
                                 "AND id <> :id AND is_default"))
                .bind(QStringLiteral(":buyer"), command.buyerId)
                .bind(QStringLiteral(":id"), command.addressId)
                .exec();
        }
        Query write(
            m_database,
            command.baseVersion == 0
                ? QStringLiteral(
                    "INSERT INTO mailing_addresses (id, buyer_id, recipient, phone, province, city, "
                    "address, postcode, is_default) VALUES (:id, :buyer, :recipient, :phone, "
                    ":province, :city, :address, :postcode, :default)")
                : QStringLiteral("UPDATE mailing_addresses SET recipient = :recipient, phone = :phone, "
                                 "province = :province, city = :city, address = :address, postcode = "
                                 ":postcode, is_default = :default, version = version + 1 WHERE id = :id AND "
                                 "buyer_id = :buyer AND version = :version"));
        write.bind(QStringLiteral(":id"), command.addressId)
            .bind(QStringLiteral(":buyer"), command.buyerId)
            .bind(QStringLiteral(":recipient"), after.value(QStringLiteral("recipient")).toString())
            .bind(QStringLiteral(":phone"), after.value(QStringLiteral("phone")).toString())
            .bind(QStringLiteral(":province"), after.value(QStringLiteral("province")).toString())
            .bind(QStringLiteral(":city"), after.value(QStringLiteral("city")).toString())
            .bind(QStringLiteral(":address"), after.value(QStringLiteral("address")).toString())
            .bind(QStringLiteral(":postcode"), after.value(QStringLiteral("postcode")).toString())
            .bind(QStringLiteral(":default"), command.isDefault);
        if (command.baseVersion > 0)
            write.bind(QStringLiteral(":version"), command.baseVersion);
        write.exec();
        if (write.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("The address was changed by someone else. Open it again."));
        journal.audit(
            SaveMailingAddress::name, command.header, QStringLiteral("mailing_address"), command.addressId,
            command.baseVersion == 0 ? QStringLiteral("create") : QStringLiteral("update"), {}, after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("mailing_address"), {command.addressId});
    return outcome;
}
