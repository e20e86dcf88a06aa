#include "buyerrecordimporter.h"

#include "buyerservice.h"
#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "transaction.h"

#include <QUuid>

namespace {

constexpr int progressEvery = 200;

QString newId()
{
    return TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
}

/// Why a write of BuyerService failed; empty when it did not.
QString failureOf(const WriteOutcome& outcome)
{
    if (outcome.succeeded())
        return {};
    if (!outcome.message.isEmpty())
        return outcome.message;
    return outcome.fieldErrors.isEmpty() ? QStringLiteral("?") : outcome.fieldErrors.first().message;
}

} // namespace

ImportOutcome BuyerRecordImporter::run(const BuyerRecordFile::Result& parsed, bool skipInvalid,
                                       const QString& fileName, const CommandHeader& header,
                                       const ImportOutcome::Progress& progress)
{
    return execute(parsed, skipInvalid, false, fileName, header, progress);
}

ImportOutcome BuyerRecordImporter::check(const BuyerRecordFile::Result& parsed,
                                         const ImportOutcome::Progress& progress)
{
    return execute(parsed, true, true, QString(), CommandHeader {}, progress);
}

bool BuyerRecordImporter::hasTitle(const QString& buyerId, const SaveInvoiceTitle& title)
{
    Query valid(m_database,
                QStringLiteral("SELECT kind, title, taxpayer_id, bank, account, registered_address, "
                               "registered_phone FROM invoice_titles WHERE buyer_id = :buyer "
                               "AND is_valid"));
    valid.bind(QStringLiteral(":buyer"), buyerId).exec();
    // Compared as BuyerService stores them: trimmed, the account without spaces.
    return valid.next() && valid.value(0).toString() == enumKey(title.kind)
        && valid.value(1).toString() == title.title.trimmed()
        && valid.value(2).toString() == title.taxpayerId.trimmed()
        && valid.value(3).toString() == title.bank.trimmed()
        && valid.value(4).toString() == QString(title.account).remove(u' ')
        && valid.value(5).toString() == title.registeredAddress.trimmed()
        && valid.value(6).toString() == title.registeredPhone.trimmed();
}

bool BuyerRecordImporter::hasAddress(const QString& buyerId, const SaveMailingAddress& address)
{
    Query same(
        m_database,
        QStringLiteral("SELECT 1 FROM mailing_addresses WHERE buyer_id = :buyer AND recipient = :recipient "
                       "AND phone = :phone AND province = :province AND city = :city "
                       "AND address = :address AND postcode = :postcode"));
    same.bind(QStringLiteral(":buyer"), buyerId)
        .bind(QStringLiteral(":recipient"), address.recipient.trimmed())
        .bind(QStringLiteral(":phone"), address.phone.trimmed())
        .bind(QStringLiteral(":province"), address.province.trimmed())
        .bind(QStringLiteral(":city"), address.city.trimmed())
        .bind(QStringLiteral(":address"), address.address.trimmed())
        .bind(QStringLiteral(":postcode"), address.postcode.trimmed())
        .exec();
    return same.next();
}

ImportOutcome BuyerRecordImporter::execute(const BuyerRecordFile::Result& parsed, bool skipInvalid,
                                           bool dryRun, const QString& fileName, const CommandHeader& header,
                                           const ImportOutcome::Progress& progress)
{
    const qint64 total = parsed.rows.size();
    return ImportOutcome::of(parsed.error, parsed.badLines, [&](ImportOutcome& outcome) {
        Transaction transaction(m_database);
        BuyerService service(m_database);
        Query buyer(m_database, QStringLiteral("SELECT id FROM buyers WHERE customer_no = :no"));
        const auto commandHeader = [&header] {
            return CommandHeader {CommandId(TimeOrderedUuid::create()), header.actor, header.at};
        };
        qint64 done = 0;
        for (const BuyerRecordFile::Row& row : parsed.rows) {
            ++done;
            ImportOutcome::report(progress, done, total, progressEvery);
            buyer.bind(QStringLiteral(":no"), row.customerNo).exec();
            if (!buyer.next()) {
                outcome.badLines << ImportBadLine {
                    row.line,
                    tr("%1 %2 is not a buyer in this database.")
                        .arg(BuyerRecordFile::headerName(BuyerRecordFile::CustomerNo), row.customerNo),
                    row.fields};
                continue;
            }
            const QString buyerId = buyer.value(0).toString();
            const bool newTitle = row.title && !hasTitle(buyerId, *row.title);
            const bool newAddress = row.address && !hasAddress(buyerId, *row.address);
            if (!newTitle && !newAddress) {
                ++outcome.alreadyKnown;
                continue;
            }
            ++outcome.imported;
            if (dryRun || (!skipInvalid && !outcome.badLines.isEmpty()))
                continue; // nothing will be written: only look for further bad lines
            QString failure;
            if (newTitle) {
                SaveInvoiceTitle title = *row.title;
                title.header = commandHeader();
                title.buyerId = buyerId;
                title.titleId = newId();
                failure = failureOf(service.saveTitle(title));
            }
            if (failure.isEmpty() && newAddress) {
                SaveMailingAddress address = *row.address;
                address.header = commandHeader();
                address.buyerId = buyerId;
                address.addressId = newId();
                failure = failureOf(service.saveAddress(address));
            }
            if (!failure.isEmpty()) {
                --outcome.imported;
                outcome.badLines << ImportBadLine {row.line, failure, row.fields};
            }
        }
        if (!outcome.settle(dryRun, skipInvalid))
            return; // the transaction rolls back
        CommandJournal(m_database)
            .recordImport(commandName, header, QStringLiteral("buyer_import"), fileName, outcome.imported,
                          outcome.rejected);
        transaction.commit();
        if (progress)
            progress(total, total);
    });
}
