#include "queuebenchmark.h"

#include "database.h"
#include "enumkeys.h"
#include "invoiceenums.h"
#include "invoicelistmodel.h"
#include "invoicerequestrepository.h"
#include "naivequeue.h"
#include "stopwatch.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <memory>
#include <tuple>

namespace {

/// What the clerk types into the search box: Latin and Chinese, 1, 2 and 3 or more characters.
const QList<std::pair<QString, QString>> searches {
    {QStringLiteral("search 1 Latin"), QStringLiteral("7")},
    {QStringLiteral("search 2 Latin"), QStringLiteral("88")},
    {QStringLiteral("search 3+ Latin"), QStringLiteral("13912")},
    {QStringLiteral("search 1 Chinese"), QStringLiteral("深")},
    {QStringLiteral("search 2 Chinese"), QStringLiteral("科技")},
    {QStringLiteral("search 3+ Chinese"), QStringLiteral("恒通智能")},
};

/// What the clerk types into a column's filter box: one request by its order ID, customer ID or
/// invoice number, a common phone prefix, an amount, a range, a type, a day, a month, a deadline.
struct ColumnFilterCase
{
    QString operation;
    int column;
    QString text;
    QString status {}; ///< the tab it is typed in; empty for all
    int sortColumn = -1; ///< the list's sort; the default when negative
};
const QList<ColumnFilterCase> columnFilters {
    {QStringLiteral("filter order ID"), InvoiceRequestRepository::OrderNo, QStringLiteral("200000018499999")},
    {QStringLiteral("filter customer ID"), InvoiceRequestRepository::CustomerNo,
     QStringLiteral("1000000050742334")},
    {QStringLiteral("filter phone prefix"), InvoiceRequestRepository::ContactPhone, QStringLiteral("139")},
    {QStringLiteral("filter invoice number"), InvoiceRequestRepository::InvoiceNo,
     QStringLiteral("26901943")},
    {QStringLiteral("filter amount"), InvoiceRequestRepository::Amount, QStringLiteral("32600")},
    {QStringLiteral("filter amount range"), InvoiceRequestRepository::Amount, QStringLiteral(">=100000")},
    {QStringLiteral("filter type"), InvoiceRequestRepository::Type, QStringLiteral("vat_special")},
    {QStringLiteral("filter applied day"), InvoiceRequestRepository::AppliedAt, QStringLiteral("2026-06-15")},
    {QStringLiteral("filter invoiced month"), InvoiceRequestRepository::InvoicedAt,
     QStringLiteral("2026-10")},
    {QStringLiteral("filter due within a day"), InvoiceRequestRepository::TimeLeft, QStringLiteral("<1d")},
    {QStringLiteral("filter overdue"), InvoiceRequestRepository::TimeLeft, QStringLiteral("<0h")},
    // A large tab sorted by a column no index orders within it.
    {QStringLiteral("filter type, tab issued sort customer_no"), InvoiceRequestRepository::Type,
     QStringLiteral("vat_special"), QStringLiteral("issued"), InvoiceRequestRepository::CustomerNo},
};

constexpr int visibleRows = 30;

/// Lets the counts the model started on its worker end, as they do between two keystrokes:
/// otherwise the next run's page query would share the two cores with the last run's counts.
void settle(const InvoiceListModel& model)
{
    const QDeadlineTimer deadline(10000);
    while (model.countingInBackground() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// The table column the naive queue sorts by for a queue column: the time left is the due time.
QString naiveColumnName(const ColumnSpec& column)
{
    return column.key == QStringLiteral("time_left") ? QStringLiteral("action_due_at") : column.key;
}

} // namespace

QueueBenchmark::QueueBenchmark(Database& database, const QString& backend, int naiveTimeoutMs)
    : m_database(database)
    , m_backend(backend)
    , m_naiveTimeoutMs(naiveTimeoutMs)
{ }

void QueueBenchmark::runDirectly(Database& database, const PagedQuery::Statement& statement)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    bool ok = query.prepare(statement.sql);
    for (qsizetype i = 0; ok && i < statement.values.size(); ++i)
        query.bindValue(QStringLiteral(":p%1").arg(i), statement.values.at(i));
    ok = ok && query.exec();
    if (!ok) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(query.lastError().text()), qPrintable(statement.sql));
        std::exit(1);
    }
    const int columns = query.record().count();
    while (query.next()) {
        for (int column = 0; column < columns; ++column)
            query.value(column);
    }
}

PagedQuery::Request QueueBenchmark::defaultRequest() const
{
    const TableSpec spec = InvoiceRequestRepository::tableSpec();
    PagedQuery::Request request;
    request.sortColumn = spec.defaultSortColumn;
    request.descending = spec.defaultDescending;
    return request;
}

void QueueBenchmark::add(const QString& operation, const Step& marketdesk,
                         const QList<PagedQuery::Statement>& limit, const std::function<void()>& naive)
{
    Measurement measurement;
    measurement.operation = operation;
    measurement.backend = m_backend;
    if (limit.isEmpty()) {
        measurement.marketdeskMs = Stopwatch::median(marketdesk.work, marketdesk.prepare);
    } else {
        // Each run of either comes after the step and its undoing, untimed: run after run of its
        // statements alone, their pages stay in the CPU's caches (a 1 ms tab page took 0.9 ms so
        // and 1.4 ms after the whole list's page, as each of MarketDesk's runs comes).
        std::tie(measurement.marketdeskMs, measurement.limitMs) = Stopwatch::interleavedMedians(
            marketdesk.work,
            [&] {
                for (const PagedQuery::Statement& statement : limit)
                    runDirectly(m_database, statement);
            },
            marketdesk.prepare ? std::function<void()>([&] {
                marketdesk.work();
                marketdesk.prepare();
            })
                               : std::function<void()>());
    }
    if (naive && m_naive)
        measurement.naiveMs = Stopwatch::median(naive);
    else if (naive)
        measurement.naiveTimedOut = true;
    m_results << measurement;
    std::fprintf(stderr, "  %s: %.2f ms\n", qPrintable(operation), measurement.marketdeskMs);
}

QList<Measurement> QueueBenchmark::run()
{
    const TableSpec spec = InvoiceRequestRepository::tableSpec();
    const PagedQuery query(m_database, spec);
    const SystemClock clock;
    const PagedQuery::Statement counts = query.countStatement({});

    // The naive queue first: it has to hold every row before anything can be timed on it.
    NaiveQueue naive(m_database.connection());
    Measurement open;
    open.operation = QStringLiteral("open queue");
    open.backend = m_backend;
    {
        QElapsedTimer timer;
        timer.start();
        if (naive.open(QDeadlineTimer(m_naiveTimeoutMs))) {
            m_naive = &naive;
            naive.paint(0, visibleRows);
            open.naiveMs = double(timer.nsecsElapsed()) / 1e6;
        } else {
            open.naiveTimedOut = true;
        }
    }
    std::unique_ptr<InvoiceListModel> model;
    const auto openQueue = [&] {
        model = std::make_unique<InvoiceListModel>(m_database, clock);
        model->reload();
    };
    std::tie(open.marketdeskMs, open.limitMs) = Stopwatch::interleavedMedians(
        openQueue,
        [&] {
            runDirectly(m_database, query.pageStatement(defaultRequest()));
            runDirectly(m_database, counts);
        },
        [&] { model.reset(); });
    openQueue(); // the last run was the limit's, after the model was closed
    m_results << open;
    std::fprintf(stderr, "  open queue: %.2f ms\n", open.marketdeskMs);

    PagedQuery::Request second = defaultRequest();
    second.after = PagedQuery(m_database, spec).fetch(defaultRequest()).last;
    add(QStringLiteral("next page"),
        Step {[&] { model->fetchMore({}); },
              [&] {
                  model->reload();
                  settle(*model);
              }},
        {query.pageStatement(second)}, [&] { naive.paint(200, 200); });

    const int statusColumn = naive.column(QStringLiteral("status"));
    for (const auto& [key, name] : model->statusEntries()) {
        PagedQuery::Request request = defaultRequest();
        request.status = key;
        add(QStringLiteral("tab %1").arg(key),
            Step {[&, key = key] { model->setStatus(key); },
                  [&] {
                      model->setStatus({});
                      settle(*model);
                  }},
            {query.pageStatement(request), counts}, [&, key = key] {
                naive.view().setFilterKeyColumn(statusColumn);
                naive.view().setFilterRegularExpression(QStringLiteral("^%1$").arg(key));
                naive.paint(0, visibleRows);
            });
    }
    model->setStatus({});
    naive.view().setFilterRegularExpression(QString());

    for (int column = 0; column < spec.columns.size(); ++column) {
        const ColumnSpec& columnSpec = spec.columns.at(column);
        if (!columnSpec.sortable)
            continue;
        const QString naiveName = naiveColumnName(columnSpec);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            PagedQuery::Request request = defaultRequest();
            request.sortColumn = column;
            request.descending = order == Qt::DescendingOrder;
            add(QStringLiteral("sort %1 %2")
                    .arg(columnSpec.key,
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                Step {[&] { model->sort(column, order); }, [&] { settle(*model); }},
                {query.pageStatement(request), counts}, [&] {
                    naive.view().sort(naive.column(naiveName), order);
                    naive.paint(0, visibleRows);
                });
        }
    }
    model->sort(spec.defaultSortColumn, spec.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    naive.view().sort(naive.column(QStringLiteral("action_due_at")), Qt::AscendingOrder);

    // The largest and the smallest tab, and the clerk's pending one, sorted by each other column.
    // The limit runs what PagedQuery ran for the page (and the counts), bare.
    PagedQuery probe(m_database, spec);
    const QHash<QString, qint64> tabSizes = probe.countByStatus({});
    QString largest;
    QString smallest;
    for (auto it = tabSizes.cbegin(); it != tabSizes.cend(); ++it) {
        if (largest.isEmpty() || it.value() > tabSizes.value(largest))
            largest = it.key();
        if (smallest.isEmpty() || it.value() < tabSizes.value(smallest))
            smallest = it.key();
    }
    QStringList sortedTabs {largest, smallest, enumKey(InvoiceStatus::Pending)};
    sortedTabs.removeDuplicates();
    for (const QString& status : std::as_const(sortedTabs)) {
        model->setStatus(status);
        for (int column = 0; column < spec.columns.size(); ++column) {
            const ColumnSpec& columnSpec = spec.columns.at(column);
            if (!columnSpec.sortable || columnSpec.expression == spec.statusExpression)
                continue;
            PagedQuery::Request request = defaultRequest();
            request.status = status;
            request.sortColumn = column;
            probe.fetch(request);
            QList<PagedQuery::Statement> limit = probe.lastStatements();
            limit << counts; // sorting reloads the tabs' counts too
            const QString naiveName = naiveColumnName(columnSpec);
            add(QStringLiteral("tab %1 sort %2").arg(status, columnSpec.key),
                Step {[&] { model->sort(column, Qt::AscendingOrder); },
                      [&] {
                          model->sort(spec.defaultSortColumn, Qt::AscendingOrder);
                          settle(*model);
                      }},
                limit, [&] {
                    naive.view().setFilterKeyColumn(statusColumn);
                    naive.view().setFilterRegularExpression(QStringLiteral("^%1$").arg(status));
                    naive.view().sort(naive.column(naiveName), Qt::AscendingOrder);
                    naive.paint(0, visibleRows);
                });
        }
        model->sort(spec.defaultSortColumn,
                    spec.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    model->setStatus({});

    // A search's limit runs the statements PagedQuery ran for its page, bare, as for the tabs.
    for (const auto& [operation, text] : searches) {
        PagedQuery::Request request = defaultRequest();
        request.search = text;
        probe.fetch(request);
        add(operation,
            Step {[&, text = text] { model->setSearchText(text); },
                  [&] {
                      model->setSearchText({});
                      settle(*model);
                  }},
            probe.lastStatements(), [&, text = text] {
                naive.view().setFilterKeyColumn(-1);
                naive.view().setFilterFixedString(text);
                naive.paint(0, visibleRows);
            });
    }
    model->setSearchText({});
    naive.view().setFilterFixedString(QString());

    // A column filter's limit runs the statements PagedQuery ran for its page, bare. The naive way
    // can only look for the text in the column's display; ranges and dates it cannot do at all.
    for (const ColumnFilterCase& filter : columnFilters) {
        const ColumnSpec& columnSpec = spec.columns.at(filter.column);
        PagedQuery::Request request = defaultRequest();
        request.status = filter.status;
        if (filter.sortColumn >= 0)
            request.sortColumn = filter.sortColumn;
        model->setStatus(filter.status);
        model->sort(request.sortColumn, request.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        request.filters.insert(
            filter.column,
            columnSpec.kind == ColumnKind::Enum
                ? ColumnFilter::anyOf({filter.text})
                : ColumnFilter::parse(filter.text, columnSpec.kind, nullptr, clock.nowUtc()));
        probe.fetch(request);
        const bool naiveCanFilter
            = columnSpec.kind == ColumnKind::Text || columnSpec.kind == ColumnKind::Enum;
        add(filter.operation,
            Step {[&] { model->setFilterText(filter.column, filter.text); },
                  [&] {
                      model->setFilterText(filter.column, {});
                      settle(*model);
                  }},
            probe.lastStatements(),
            naiveCanFilter ? std::function<void()>([&] {
                naive.view().setFilterKeyColumn(naive.column(naiveColumnName(columnSpec)));
                naive.view().setFilterFixedString(filter.text);
                naive.paint(0, visibleRows);
            })
                           : std::function<void()>());
        model->setFilterText(filter.column, {});
    }
    model->setStatus({});
    model->sort(spec.defaultSortColumn, spec.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    naive.view().setFilterFixedString(QString());

    PagedQuery counter(m_database, spec);
    add(QStringLiteral("tab counts"), Step {[&] { counter.countByStatus({}); }}, {counts}, [&] {
        QHash<QString, qint64> byStatus;
        for (int row = 0; row < naive.table().rowCount(); ++row)
            ++byStatus[naive.table().index(row, statusColumn).data().toString()];
    });

    // The overdue badges: what the worker counts beside the tabs, of the whole list.
    PagedQuery::Request overdue;
    overdue.dueBefore = clock.nowUtc().toMSecsSinceEpoch();
    const int dueColumn = naive.column(QStringLiteral("action_due_at"));
    add(QStringLiteral("overdue counts"), Step {[&] { counter.countByStatus(overdue); }},
        {query.countStatement(overdue)}, [&] {
            QHash<QString, qint64> byStatus;
            for (int row = 0; row < naive.table().rowCount(); ++row) {
                if (naive.table().index(row, dueColumn).data().toLongLong() < *overdue.dueBefore)
                    ++byStatus[naive.table().index(row, statusColumn).data().toString()];
            }
        });

    const QString id = model->idAt(model->rowCount() / 2);
    InvoiceRequestRepository repository(m_database);
    add(QStringLiteral("open request"), Step {[&] {
            repository.detail(id);
            repository.history(id);
        }},
        {{QStringLiteral("SELECT * FROM invoice_requests r LEFT JOIN vendors v ON v.id = r.vendor_id "
                         "LEFT JOIN orders o ON o.id = r.order_id WHERE r.id = :p0"),
          {id}},
         {QStringLiteral("SELECT * FROM audit_log WHERE entity = 'invoice_request' AND entity_id = :p0 "
                         "ORDER BY at, id"),
          {id}}},
        [&] {
            QSqlTableModel one(nullptr, m_database.connection());
            one.setTable(QStringLiteral("invoice_requests"));
            one.setFilter(QStringLiteral("id = '%1'").arg(id));
            one.select();
            one.record(0);
        });
    return m_results;
}
