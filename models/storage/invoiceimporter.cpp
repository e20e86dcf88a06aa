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
#include "transaction.h"

#include <QUuid>

#include <algorithm>

namespace {

constexpr int progressEvery = 2000;

struct Cancelled
{
};

QList<ConsoleInvoiceExport::BadLine> sortedByLine(QList<ConsoleInvoiceExport::BadLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    return lines;
}

} // namespace

InvoiceImporter::Outcome InvoiceImporter::run(const ConsoleInvoiceExport::Result& parsed, bool skipInvalid,
                                              const QString& fileName, const CommandHeader& header,
                                              const Progress& progress)
{
    return execute(parsed, skipInvalid, false, fileName, header, progress);
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
    Outcome outcome;
    if (!parsed.error.isEmpty()) {
        outcome.error = parsed.error;
        return outcome;
    }
    outcome.badLines = parsed.badLines;
    const qint64 total = parsed.rows.size();
    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        const InvoiceDeadline::Rule rule = SettingsService(m_database).invoiceIssueRule();
        const WorkingCalendar calendar = HolidayService(m_database).calendar();

        Query existing(m_database,
                       QStringLiteral("SELECT 1 FROM invoice_requests WHERE order_no = :order LIMIT 1"));
        Query order(m_database,
                    QStringLiteral("SELECT id, buyer_id, vendor_id FROM orders WHERE order_no = :order"));
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
        for (const ConsoleInvoiceExport::Row& row : parsed.rows) {
            if (progress && ++done % progressEvery == 0 && !progress(done, total))
                throw Cancelled {};
            existing.bind(QStringLiteral(":order"), row.orderNo).exec();
            if (existing.next()) {
                outcome.badLines << ConsoleInvoiceExport::BadLine {
                    row.line, tr("Order ID %1 is already in the queue.").arg(row.orderNo), {}};
                continue;
            }
            if (dryRun || (!skipInvalid && !outcome.badLines.isEmpty())) {
                ++outcome.imported;
                continue; // nothing will be written: only look for further bad lines
            }
            order.bind(QStringLiteral(":order"), row.orderNo).exec();
            const bool known = order.next();
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const qint64 dueAt = InvoiceDeadline::after(row.appliedAt, rule, calendar).toMSecsSinceEpoch();
            // The console export carries no return dates: a return waits from the day of the import.
            const qint64 actionDueAt = InvoiceWorkflow::awaitsIssue(row.status) ? dueAt
                : InvoiceWorkflow::awaitsReturnDecision(row.status) || row.status == InvoiceStatus::Returning
                ? now
                : InvoiceWorkflow::nothingDue;
            requests.add({id,
                          InvoiceRequestNumber::make(row.appliedAt, id),
                          known ? order.value(0) : null, row.orderNo, row.customerNo, row.contactPhone,
                          known ? order.value(1) : null, known ? order.value(2) : null, enumKey(row.type),
                          enumKey(row.medium), row.amount.fen(), enumKey(row.status),
                          row.appliedAt.toMSecsSinceEpoch(), dueAt, actionDueAt,
                          row.invoicedAt.isNull() ? null : QVariant(row.invoicedAt.toMSecsSinceEpoch()),
                          row.invoiceNo.isEmpty() ? null : QVariant(row.invoiceNo), now, now});
            if (known && InvoiceWorkflow::holdsAmount(row.status))
                links.add({id, order.value(0), row.amount.fen()});
            ++outcome.imported;
        }
        outcome.badLines = sortedByLine(outcome.badLines);
        outcome.rejected = int(outcome.badLines.size());
        if (dryRun)
            return outcome; // the transaction rolls back
        if (!skipInvalid && outcome.rejected > 0) {
            outcome.imported = 0;
            return outcome;
        }
        requests.flush();
        links.flush();
        const QJsonObject summary {{QStringLiteral("file"), fileName},
                                   {QStringLiteral("imported"), outcome.imported},
                                   {QStringLiteral("rejected"), outcome.rejected}};
        journal.audit(commandName, header, QStringLiteral("invoice_import"), header.id.toString(),
                      QStringLiteral("import"), {}, summary);
        QJsonObject payload = header.toJson(commandName, 1);
        for (auto it = summary.begin(); it != summary.end(); ++it)
            payload.insert(it.key(), it.value());
        journal.recordCommand(commandName, header, payload);
        transaction.commit();
        if (progress)
            progress(total, total);
    } catch (const Cancelled&) {
        outcome = Outcome {};
        outcome.cancelled = true;
    } catch (const StorageError& error) {
        outcome.imported = 0;
        outcome.error = error.message();
    }
    return outcome;
}
