#include "invoiceimporter.h"

#include "batchinserter.h"
#include "commandjournal.h"
#include "database.h"
#include "holidayservice.h"
#include "invoicedeadline.h"
#include "invoicerequestnumber.h"
#include "invoiceworkflow.h"
#include "query.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace {

constexpr int progressEvery = 2000;
/// Lines whose orders are looked up in one statement.
constexpr int linesPerLookup = 5000;

/// Settings that only make the import faster: one the database refuses is left out.
void applySessionSettings(Database& database, const QStringList& statements)
{
    for (const QString& statement : statements) {
        try {
            Query::execute(database, statement);
        } catch (const StorageError&) {
            continue;
        }
    }
}

/// What the database knows about the orders of a batch of lines.
struct OrderFacts
{
    QSet<QString> queued; ///< order IDs already in the queue
    QHash<QString, QVariantList> orders; ///< order ID → (id, buyer_id, vendor_id) of a known order
};

/// Two statements per few thousand lines instead of two per line: over a network each is a round
/// trip. All before the first row is written, so that no lookup waits for a batch being written.
OrderFacts lookUp(Database& database, const QList<ConsoleInvoiceExport::Row>& rows)
{
    OrderFacts facts;
    const QString orderNos = database.dialect().jsonTextList(QStringLiteral(":numbers"));
    Query queued(database,
                 QStringLiteral("SELECT DISTINCT order_no FROM invoice_requests WHERE order_no IN (%1)")
                     .arg(orderNos));
    Query known(database,
                QStringLiteral("SELECT order_no, id, buyer_id, vendor_id FROM orders WHERE order_no IN (%1)")
                    .arg(orderNos));
    for (qsizetype first = 0; first < rows.size(); first += linesPerLookup) {
        QJsonArray numbers;
        for (const ConsoleInvoiceExport::Row& row : rows.mid(first, linesPerLookup))
            numbers.append(row.orderNo);
        const QString list = QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact));
        queued.bind(QStringLiteral(":numbers"), list).exec();
        while (queued.next())
            facts.queued.insert(queued.value(0).toString());
        known.bind(QStringLiteral(":numbers"), list).exec();
        while (known.next())
            facts.orders.insert(known.value(0).toString(), {known.value(1), known.value(2), known.value(3)});
    }
    return facts;
}

} // namespace

InvoiceImporter::Outcome InvoiceImporter::run(const ConsoleInvoiceExport::Result& parsed, bool skipInvalid,
                                              const QString& fileName, const CommandHeader& header,
                                              const Progress& progress)
{
    applySessionSettings(m_database, m_database.dialect().largeWriteSettings());
    Outcome outcome = execute(parsed, skipInvalid, false, fileName, header, progress);
    applySessionSettings(m_database, m_database.dialect().afterLargeWriteSettings());
    m_database.settleWal();
    return outcome;
}

InvoiceImporter::Outcome InvoiceImporter::check(const ConsoleInvoiceExport::Result& parsed,
                                                const Progress& progress)
{
    return execute(parsed, true, true, QString(), CommandHeader {}, progress);
}

InvoiceImporter::Outcome InvoiceImporter::execute(const ConsoleInvoiceExport::Result& parsed,
                                                  bool skipInvalid, bool dryRun, const QString& fileName,
                                                  const CommandHeader& header, const Progress& progress)
{
    const qint64 total = parsed.rows.size();
    return ImportOutcome::of(parsed.error, parsed.badLines, [&](ImportOutcome& outcome) {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        const InvoiceDeadline::Rule rule = SettingsService(m_database).invoiceIssueRule();
        const WorkingCalendar calendar = HolidayService(m_database).calendar();

        BatchInserter requests(
            m_database, QStringLiteral("invoice_requests"),
            {QStringLiteral("id"), QStringLiteral("request_no"), QStringLiteral("order_id"),
             QStringLiteral("order_no"), QStringLiteral("customer_no"), QStringLiteral("contact_phone"),
             QStringLiteral("buyer_id"), QStringLiteral("vendor_id"), QStringLiteral("invoice_type"),
             QStringLiteral("medium"), QStringLiteral("amount_fen"), QStringLiteral("status"),
             QStringLiteral("applied_at"), QStringLiteral("due_at"), QStringLiteral("action_due_at"),
             QStringLiteral("invoiced_at"), QStringLiteral("invoice_no"), QStringLiteral("created_at"),
             QStringLiteral("updated_at")});
        BatchInserter links(
            m_database, QStringLiteral("invoice_request_orders"),
            {QStringLiteral("invoice_request_id"), QStringLiteral("order_id"), QStringLiteral("amount_fen")});
        links.setPrerequisite(&requests);

        const QVariant null = QVariant();
        const qint64 now = header.at.toMSecsSinceEpoch();
        qint64 done = 0;
        const OrderFacts facts = lookUp(m_database, parsed.rows);
        for (const ConsoleInvoiceExport::Row& row : parsed.rows) {
            ++done;
            ImportOutcome::report(progress, done, total, progressEvery);
            if (facts.queued.contains(row.orderNo)) {
                ++outcome.alreadyKnown;
                continue;
            }
            if (dryRun || (!skipInvalid && !outcome.badLines.isEmpty())) {
                ++outcome.imported;
                continue; // nothing will be written: only look for further bad lines
            }
            const QVariantList order = facts.orders.value(row.orderNo);
            const bool known = !order.isEmpty();
            const QString id = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
            const qint64 dueAt = InvoiceDeadline::after(row.appliedAt, rule, calendar).toMSecsSinceEpoch();
            // The console export carries no return dates: a return waits from the day of the import.
            const qint64 actionDueAt = InvoiceWorkflow::awaitsIssue(row.status) ? dueAt
                : InvoiceWorkflow::awaitsReturnDecision(row.status) || row.status == InvoiceStatus::Returning
                ? now
                : InvoiceWorkflow::nothingDue;
            requests.add({id, InvoiceRequestNumber::make(row.appliedAt, id), known ? order.at(0) : null,
                          row.orderNo, row.customerNo, row.contactPhone, known ? order.at(1) : null,
                          known ? order.at(2) : null, enumKey(row.type), enumKey(row.medium),
                          row.amount.fen(), enumKey(row.status), row.appliedAt.toMSecsSinceEpoch(), dueAt,
                          actionDueAt,
                          row.invoicedAt.isNull() ? null : QVariant(row.invoicedAt.toMSecsSinceEpoch()),
                          row.invoiceNo.isEmpty() ? null : QVariant(row.invoiceNo), now, now});
            if (known && InvoiceWorkflow::holdsAmount(row.status))
                links.add({id, order.at(0), row.amount.fen()});
            ++outcome.imported;
        }
        if (!outcome.settle(dryRun, skipInvalid))
            return; // the transaction rolls back
        requests.flush();
        links.flush();
        journal.recordImport(commandName, header, QStringLiteral("invoice_import"), fileName,
                             outcome.imported, outcome.rejected);
        transaction.commit();
        if (progress)
            progress(total, total);
    });
}
