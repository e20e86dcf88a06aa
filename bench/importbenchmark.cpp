#include "importbenchmark.h"

#include "batchinserter.h"
#include "consoleinvoiceexport.h"
#include "database.h"
#include "invoiceimporter.h"
#include "query.h"
#include "stopwatch.h"
#include "storageerror.h"
#include "timeordereduuid.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace {

QString orderNo(int line)
{
    return QStringLiteral("9%1").arg(line, 14, 10, QLatin1Char('0'));
}

} // namespace

ImportBenchmark::ImportBenchmark(Database& database, const QString& backend, int lines, int naiveTimeoutMs)
    : m_database(database)
    , m_backend(backend)
    , m_lines(lines)
    , m_naiveTimeoutMs(naiveTimeoutMs)
    , m_importedAt(QDateTime::fromMSecsSinceEpoch(4102444800000LL, Qt::UTC)) // 2100-01-01
{ }

QByteArray ImportBenchmark::exportFile() const
{
    QByteArray file
        = QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\r\n")
              .toUtf8();
    file.reserve(qsizetype(m_lines) * 110);
    for (int line = 0; line < m_lines; ++line) {
        file += QStringLiteral("%1,%2,139%3,,%4.%5,增值税普通发票,待处理,2026-11-%6 10:%7:00,\r\n")
                    .arg(orderNo(line))
                    .arg(1000000000 + line % 50000)
                    .arg(line % 100000000, 8, 10, QLatin1Char('0'))
                    .arg(100 + line % 9000)
                    .arg(line % 100, 2, 10, QLatin1Char('0'))
                    .arg(10 + line % 12)
                    .arg(line % 60, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    return file;
}

void ImportBenchmark::importWithMarketDesk(Database& database)
{
    const ConsoleInvoiceExport::Result parsed = ConsoleInvoiceExport::parse(m_exportFile);
    CommandHeader header;
    header.id = CommandId(TimeOrderedUuid::create());
    header.actor = QStringLiteral("bench");
    header.at = m_importedAt;
    const InvoiceImporter::Outcome outcome
        = InvoiceImporter(database).run(parsed, false, QStringLiteral("bench.csv"), header);
    if (!outcome.error.isEmpty() || outcome.imported != m_lines) {
        std::fprintf(stderr, "import failed: %s (%d of %d lines)\n", qPrintable(outcome.error),
                     outcome.imported, m_lines);
        std::exit(1);
    }
}

void ImportBenchmark::removeImported()
{
    Transaction transaction(m_database);
    Query(m_database, QStringLiteral("DELETE FROM invoice_requests WHERE created_at = :at"))
        .bind(QStringLiteral(":at"), m_importedAt.toMSecsSinceEpoch())
        .exec();
    transaction.commit();
}

double ImportBenchmark::longestStallDuringImport()
{
    // A timer that should fire every millisecond: the longest gap between two firings is the
    // longest time the event loop could not run.
    QElapsedTimer sinceLast;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceLast.nsecsElapsed());
        sinceLast.restart();
    });
    QThread* worker = QThread::create([this] {
        QString error;
        const auto connection = m_database.openAnother(&error);
        if (!connection) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        importWithMarketDesk(*connection);
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    sinceLast.start();
    tick.start(1);
    worker->start();
    loop.exec();
    tick.stop();
    delete worker;
    removeImported();
    return double(longest) / 1e6;
}

QList<Measurement> ImportBenchmark::run()
{
    removeImported();
    // Written once: the user's file is there before the import starts, so only reading it counts.
    m_exportFile = exportFile();
    Measurement import;
    import.operation = QStringLiteral("import %1 lines").arg(m_lines);
    import.backend = m_backend;
    const auto importOnce = [this] { importWithMarketDesk(m_database); };
    const auto removeOnce = [this] { removeImported(); };
    import.marketdeskMs = Stopwatch::median(importOnce, removeOnce, importRuns);
    removeImported();
    m_linesPerSecond = m_lines / (import.marketdeskMs / 1000);

    // The limit: the same rows, inserted and committed the fastest way the backend offers, in a
    // session set up as MarketDesk's import sets it up, without any check.
    const ConsoleInvoiceExport::Result parsed = ConsoleInvoiceExport::parse(m_exportFile);
    const QStringList columns {
        QStringLiteral("id"),          QStringLiteral("request_no"),    QStringLiteral("order_no"),
        QStringLiteral("customer_no"), QStringLiteral("contact_phone"), QStringLiteral("invoice_type"),
        QStringLiteral("medium"),      QStringLiteral("amount_fen"),    QStringLiteral("status"),
        QStringLiteral("applied_at"),  QStringLiteral("due_at"),        QStringLiteral("action_due_at"),
        QStringLiteral("created_at"),  QStringLiteral("updated_at")};
    const auto values = [this](const ConsoleInvoiceExport::Row& row) {
        const QString id = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
        const qint64 applied = row.appliedAt.toMSecsSinceEpoch();
        return QVariantList {id,
                             QStringLiteral("B") + id,
                             row.orderNo,
                             row.customerNo,
                             row.contactPhone,
                             QStringLiteral("vat_normal"),
                             QStringLiteral("paper"),
                             row.amount.fen(),
                             QStringLiteral("pending"),
                             applied,
                             applied + 7 * 86400000LL,
                             applied + 7 * 86400000LL,
                             m_importedAt.toMSecsSinceEpoch(),
                             m_importedAt.toMSecsSinceEpoch()};
    };
    const auto insertBare = [&] {
        Transaction transaction(m_database);
        BatchInserter inserter(m_database, QStringLiteral("invoice_requests"), columns);
        for (const ConsoleInvoiceExport::Row& row : parsed.rows)
            inserter.add(values(row));
        inserter.flush();
        transaction.commit();
    };
    for (const QString& setting : m_database.dialect().largeWriteSettings())
        Query::execute(m_database, setting);
    import.limitMs = Stopwatch::median(insertBare, removeOnce, importRuns);
    for (const QString& setting : m_database.dialect().afterLargeWriteSettings())
        Query::execute(m_database, setting);
    removeImported();

    // The naive way: a QSqlTableModel, one record at a time, submitted in chunks until the time
    // is up; rolled back. Only the limit's columns are written, the others keep
    // their defaults (a record's unset field would be written as NULL).
    const auto submit = [](QSqlTableModel& table) {
        if (!table.submitAll())
            throw StorageError(QStringLiteral("The naive import failed: %1").arg(table.lastError().text()));
    };
    QElapsedTimer naiveTimer;
    naiveTimer.start();
    const QDeadlineTimer deadline(m_naiveTimeoutMs);
    bool finished = true;
    {
        Transaction transaction(m_database);
        QSqlTableModel table(nullptr, m_database.connection());
        table.setTable(QStringLiteral("invoice_requests"));
        table.setEditStrategy(QSqlTableModel::OnManualSubmit);
        int line = 0;
        for (const ConsoleInvoiceExport::Row& row : parsed.rows) {
            QSqlRecord record = table.record();
            for (int field = 0; field < record.count(); ++field)
                record.setGenerated(field, false);
            const QVariantList rowValues = values(row);
            for (int column = 0; column < columns.size(); ++column) {
                record.setValue(columns.at(column), rowValues.at(column));
                record.setGenerated(columns.at(column), true);
            }
            table.insertRecord(-1, record);
            if (++line % 1000 == 0) {
                submit(table);
                if (deadline.hasExpired()) {
                    finished = false;
                    break;
                }
            }
        }
        if (finished)
            submit(table);
    }
    if (finished)
        import.naiveMs = double(naiveTimer.nsecsElapsed()) / 1e6;
    else
        import.naiveTimedOut = true;

    Measurement stall;
    stall.operation = QStringLiteral("longest GUI stall during import");
    stall.backend = m_backend;
    stall.marketdeskMs = longestStallDuringImport();
    // The naive import runs on the GUI thread: the window is frozen for all of it.
    stall.naiveMs = import.naiveMs;
    stall.naiveTimedOut = import.naiveTimedOut;
    return {import, stall};
}
