#include "pagedquery.h"

#include "database.h"
#include "query.h"

#include <algorithm>
#include <cmath>

namespace {

QString comparison(ColumnFilter::Op op)
{
    switch (op) {
    case ColumnFilter::Op::Less:
        return QStringLiteral("<");
    case ColumnFilter::Op::LessOrEqual:
        return QStringLiteral("<=");
    case ColumnFilter::Op::Greater:
        return QStringLiteral(">");
    case ColumnFilter::Op::GreaterOrEqual:
        return QStringLiteral(">=");
    default:
        return QStringLiteral("=");
    }
}

void bindAll(Query& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(QStringLiteral(":p%1").arg(i), values.at(i));
}

} // namespace

PagedQuery::PagedQuery(Database& database, const TableSpec& spec)
    : m_database(database)
    , m_spec(spec)
{ }

QString PagedQuery::selectList() const
{
    QStringList expressions {m_spec.idExpression};
    for (const ColumnSpec& column : m_spec.columns)
        expressions << column.expression;
    expressions << m_spec.extraExpressions;
    return expressions.join(QStringLiteral(", "));
}

QString PagedQuery::rowSelectList() const
{
    return m_spec.lookupJoins.isEmpty() ? selectList() : m_spec.fromAlias + QStringLiteral(".*");
}

QString PagedQuery::rowsFrom() const
{
    return m_spec.lookupJoins.isEmpty() ? m_spec.from : m_spec.from + QLatin1Char(' ') + m_spec.lookupJoins;
}

PagedQuery::Statement PagedQuery::joinLookups(Statement rows, const Request& request) const
{
    if (m_spec.lookupJoins.isEmpty())
        return rows;
    rows.sql = QStringLiteral("SELECT %1 FROM (%2) AS %3 %4 ORDER BY %5")
                   .arg(selectList(), rows.sql, m_spec.fromAlias, m_spec.lookupJoins, orderBy(request));
    return rows;
}

QString PagedQuery::orderBy(const Request& request) const
{
    const QString direction = request.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral("%1 %2, %3 %2")
        .arg(m_spec.columns.at(sortColumnOf(request)).expression, direction, m_spec.idExpression);
}

PagedQuery::Row PagedQuery::readRow(const Query& query) const
{
    Row row;
    row.id = query.value(0).toString();
    const int columnCount = int(m_spec.columns.size());
    row.values.reserve(columnCount);
    for (int column = 0; column < columnCount; ++column)
        row.values << query.value(column + 1);
    for (int extra = 0; extra < m_spec.extraExpressions.size(); ++extra)
        row.extras << query.value(columnCount + 1 + extra);
    return row;
}

bool PagedQuery::isIndexedFilter(int column, const ColumnFilter& filter) const
{
    if (m_spec.searchTable.isEmpty()
        || !m_spec.searchExpressions.contains(m_spec.columns.at(column).expression))
        return false;
    return !filter.isEmpty()
        && std::all_of(filter.conditions().cbegin(), filter.conditions().cend(), [](const auto& condition) {
               return condition.op == ColumnFilter::Op::Contains
                   && condition.value.toString().trimmed().size() >= Dialect::trigramMinimum;
           });
}

QString PagedQuery::searchTextTerm(const QString& text, const Placeholder& placeholder) const
{
    return QStringLiteral("(%1) %2 %3 ESCAPE '\\'")
        .arg(m_spec.searchExpressions.join(QStringLiteral(" || ' ' || ")),
             m_database.dialect().containsOperator(), placeholder(Dialect::containsPattern(text)));
}

QString PagedQuery::trigramTerm(const QString& text, const Placeholder& placeholder) const
{
    // PostgreSQL's trigram index is on the search text itself.
    if (m_database.dialect().backend() == DatabaseUrl::Backend::Postgres)
        return searchTextTerm(text.trimmed(), placeholder);
    return m_database.dialect().trigramMatch(m_spec.searchTable, m_spec.rowidExpression,
                                             placeholder(Dialect::trigramPhrase(text.trimmed())));
}

bool PagedQuery::isWindowedFilter(int column, const ColumnFilter& filter, const Request& request) const
{
    return column >= 0 && column < m_spec.columns.size() && !filter.isEmpty()
        && (isIndexedFilter(column, filter) || column != sortColumnOf(request));
}

PagedQuery::Request PagedQuery::windowBase(const Request& request) const
{
    Request base = request;
    base.search.clear();
    for (auto it = base.filters.begin(); it != base.filters.end();) {
        if (isWindowedFilter(it.key(), it.value(), request))
            it = base.filters.erase(it);
        else
            ++it;
    }
    return base;
}

QStringList PagedQuery::conditionTerms(const QString& expression, const ColumnFilter& filter,
                                       const Placeholder& placeholder) const
{
    QStringList terms;
    for (const ColumnFilter::Condition& condition : filter.conditions()) {
        if (condition.op == ColumnFilter::Op::Contains) {
            terms << QStringLiteral("%1 %2 %3 ESCAPE '\\'")
                         .arg(expression, m_database.dialect().containsOperator(),
                              placeholder(Dialect::containsPattern(condition.value.toString())));
        } else if (condition.op == ColumnFilter::Op::In) {
            QStringList placeholders;
            for (const QString& key : condition.value.toStringList())
                placeholders << placeholder(key);
            terms << (placeholders.isEmpty() ? QStringLiteral("1 = 0")
                                             : QStringLiteral("%1 IN (%2)")
                                                   .arg(expression, placeholders.join(QStringLiteral(", "))));
        } else {
            terms << QStringLiteral("%1 %2 %3")
                         .arg(expression, comparison(condition.op), placeholder(condition.value));
        }
    }
    return terms;
}

PagedQuery::Where PagedQuery::filterClause(const Request& request, bool withStatus) const
{
    Where where;
    QStringList terms;
    auto placeholder = [&where](const QVariant& value) {
        where.values << value;
        return QStringLiteral(":p%1").arg(where.values.size() - 1);
    };
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (it.key() < 0 || it.key() >= m_spec.columns.size())
            continue;
        // A column of the search text holds the text only if the search text does: the trigram
        // index narrows the rows first, the column's own condition has the last word.
        if (isIndexedFilter(it.key(), it.value())) {
            for (const ColumnFilter::Condition& condition : it.value().conditions())
                terms << trigramTerm(condition.value.toString(), placeholder);
        }
        terms << conditionTerms(m_spec.columns.at(it.key()).expression, it.value(), placeholder);
    }
    if (const QString search = request.search.trimmed();
        !search.isEmpty() && !m_spec.searchExpressions.isEmpty()) {
        if (search.size() >= Dialect::trigramMinimum && !m_spec.searchTable.isEmpty()
            && m_database.dialect().backend() == DatabaseUrl::Backend::Sqlite)
            terms << trigramTerm(search, placeholder);
        // Also with the trigram table, which may hold a few more rows than the truth (an FTS5
        // phrase ignores case beyond ASCII differently): the pattern has the last word.
        terms << searchTextTerm(search, placeholder);
    }
    if (request.dueBefore && m_spec.deadlineColumn >= 0)
        terms << QStringLiteral("%1 < %2").arg(m_spec.columns.at(m_spec.deadlineColumn).expression,
                                               placeholder(*request.dueBefore));
    if (withStatus && !request.status.isEmpty())
        terms << QStringLiteral("%1 = %2").arg(m_spec.statusExpression, placeholder(request.status));
    where.sql = terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return where;
}

PagedQuery::Statement PagedQuery::pageStatement(const Request& request) const
{
    // One row more than asked tells whether another page exists without a COUNT.
    return joinLookups(orderedStatement(request, true, rowSelectList(), request.limit + 1), request);
}

PagedQuery::Statement PagedQuery::orderedStatement(const Request& request, bool withStatus,
                                                   const QString& select, int limit) const
{
    const QString sortExpression = m_spec.columns.at(sortColumnOf(request)).expression;
    Statement statement = filterClause(request, withStatus);
    QString sql = QStringLiteral("SELECT %1 FROM %2%3").arg(select, m_spec.from, statement.sql);
    if (request.after) {
        // The single-column bound is implied by the row comparison; it lets SQLite read an index
        // on an expression (COALESCE(…), id) as a range, which it does not for the row value alone.
        statement.values << request.after->sortValue << request.after->id;
        const qsizetype first = statement.values.size() - 2;
        sql += (statement.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("%1 %3= :p%4 AND (%1, %2) %3 (:p%4, :p%5)")
                  .arg(sortExpression, m_spec.idExpression,
                       request.descending ? QStringLiteral("<") : QStringLiteral(">"))
                  .arg(first)
                  .arg(first + 1);
    }
    if (limit >= 0)
        sql += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(orderBy(request)).arg(limit);
    statement.sql = sql;
    return statement;
}

PagedQuery::Statement PagedQuery::sortIndexWindowStatement(const Request& request) const
{
    // The rows come out of the subquery in its order: SQLite reads it as a co-routine, row after
    // row, and an ORDER BY out here would make it read the whole window first (the lookups'
    // ORDER BY comes after the LIMIT).
    Statement statement = orderedStatement(
        request, false, rowSelectList() + QStringLiteral(", %1 AS tab_status").arg(m_spec.statusExpression),
        m_sortIndexWindow);
    statement.values << request.status;
    statement.sql = QStringLiteral("SELECT * FROM (%1) AS window_rows WHERE tab_status = :p%2 LIMIT %3")
                        .arg(statement.sql)
                        .arg(statement.values.size() - 1)
                        .arg(request.limit + 1);
    return joinLookups(statement, request);
}

std::optional<qint64> PagedQuery::untabIndexedTabSize(const Request& request)
{
    if (request.status.isEmpty() || m_spec.countsTable.isEmpty()
        || m_spec.columns.at(sortColumnOf(request)).tabIndexed)
        return std::nullopt;
    return keptRowCount(request.status);
}

qint64 PagedQuery::keptRowCount(const QString& status)
{
    Query kept(m_database,
               QStringLiteral("SELECT COALESCE(SUM(row_count), 0) FROM %1%2")
                   .arg(m_spec.countsTable,
                        status.isEmpty() ? QString() : QStringLiteral(" WHERE status = :status")));
    if (!status.isEmpty())
        kept.bind(QStringLiteral(":status"), status);
    kept.exec();
    return kept.next() ? kept.value(0).toLongLong() : 0;
}

PagedQuery::Statement PagedQuery::selectionFirstStatement(const Request& request) const
{
    // Only the id and the sort value of the selected rows are read and sorted; the page's rows are
    // then read whole (half the time of sorting whole rows, and no join per selected row).
    Statement statement
        = orderedStatement(request, true,
                           QStringLiteral("%1 AS row_id, %2 AS sort_key")
                               .arg(m_spec.idExpression, m_spec.columns.at(sortColumnOf(request)).expression),
                           -1);
    const QString direction = request.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    statement.sql
        = QStringLiteral("WITH tab_rows AS MATERIALIZED (%1), page_rows AS (SELECT row_id, sort_key "
                         "FROM tab_rows ORDER BY sort_key %2, row_id %2 LIMIT %3) "
                         "SELECT %4 FROM %5 JOIN page_rows ON page_rows.row_id = %6 "
                         "ORDER BY page_rows.sort_key %2, page_rows.row_id %2")
              .arg(statement.sql, direction)
              .arg(request.limit + 1)
              .arg(selectList(), rowsFrom(), m_spec.idExpression);
    return statement;
}

bool PagedQuery::windowReachesTheEnd(const Request& request, bool withStatus, int window)
{
    Statement rows = orderedStatement(request, withStatus, QStringLiteral("1"), window);
    rows.sql = QStringLiteral("SELECT COUNT(*) FROM (%1) AS window_rows").arg(rows.sql);
    m_lastStatements << rows;
    Query query(m_database, rows.sql);
    bindAll(query, rows.values);
    query.exec();
    return query.next() && query.value(0).toLongLong() < window;
}

PagedQuery::Statement PagedQuery::windowStatement(const Request& request, int window, bool tabOutside) const
{
    // The next `window` rows in sort order without the search and the windowed filters, which the
    // sort column's index gives whatever the planner guesses of them, and the matches among them:
    // the search text and each filtered column are selected as `matched_N` and their conditions
    // applied out here.
    QString selected = rowSelectList()
        + QStringLiteral(", %1 AS window_sort, %2 AS window_id")
              .arg(m_spec.columns.at(sortColumnOf(request)).expression, m_spec.idExpression);
    QList<std::pair<QString, const ColumnFilter*>> filtered;
    const QString search = request.search.trimmed();
    if (!search.isEmpty())
        selected += QStringLiteral(", (%1) AS matched_0")
                        .arg(m_spec.searchExpressions.join(QStringLiteral(" || ' ' || ")));
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (!isWindowedFilter(it.key(), it.value(), request))
            continue;
        const QString name = QStringLiteral("matched_%1").arg(filtered.size() + (search.isEmpty() ? 0 : 1));
        selected += QStringLiteral(", (%1) AS %2").arg(m_spec.columns.at(it.key()).expression, name);
        filtered.append({name, &it.value()});
    }
    if (tabOutside)
        selected += QStringLiteral(", %1 AS tab_status").arg(m_spec.statusExpression);
    Statement statement = orderedStatement(windowBase(request), !tabOutside, selected, window);
    const Placeholder placeholder = [&statement](const QVariant& value) {
        statement.values << value;
        return QStringLiteral(":p%1").arg(statement.values.size() - 1);
    };
    QStringList terms;
    if (!search.isEmpty())
        terms << QStringLiteral("matched_0 %1 %2 ESCAPE '\\'")
                     .arg(m_database.dialect().containsOperator(),
                          placeholder(Dialect::containsPattern(search)));
    for (const auto& [name, filter] : std::as_const(filtered))
        terms << conditionTerms(name, *filter, placeholder);
    if (tabOutside)
        terms << QStringLiteral("tab_status = %1").arg(placeholder(request.status));
    const QString direction = request.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    statement.sql = QStringLiteral("SELECT * FROM (%1) AS window_rows WHERE %2 "
                                   "ORDER BY window_sort %3, window_id %3 LIMIT %4")
                        .arg(statement.sql, terms.join(QStringLiteral(" AND ")), direction)
                        .arg(request.limit + 1);
    return joinLookups(statement, request);
}

bool PagedQuery::looksInWindowFirst(const Request& request) const
{
    const bool sqlite = m_database.dialect().backend() == DatabaseUrl::Backend::Sqlite;
    bool indexedFilter = false;
    bool windowedFilter = false;
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (!isWindowedFilter(it.key(), it.value(), request))
            continue;
        windowedFilter = true;
        indexedFilter = indexedFilter || isIndexedFilter(it.key(), it.value());
    }
    const bool trigramSearch = !m_spec.searchExpressions.isEmpty()
        && (request.search.trimmed().size() >= Dialect::trigramMinimum || indexedFilter);
    if (trigramSearch && (sqlite ? !m_spec.searchTable.isEmpty() : !m_spec.countsTable.isEmpty()))
        return true;
    // Any other filter of a list large enough to keep counts: the planner reads the rows its index
    // finds and sorts them all (SQLite: 0.18 s for a type in a third of a million requests).
    return windowedFilter && !m_spec.countsTable.isEmpty();
}

PagedQuery::Page PagedQuery::fetchWindowFirst(const Request& request, bool tabOutside)
{
    const Request unfiltered = windowBase(request);
    Page page = read(windowStatement(request, m_searchWindow, tabOutside), request);
    if (!page.atEnd || windowReachesTheEnd(unfiltered, !tabOutside, m_searchWindow))
        return page;
    if (m_spec.countsTable.isEmpty())
        return read(pageStatement(request), request); // SQLite: drives by the trigram table's matches
    // The matches per row of the window tell the cheaper way on: walking reads about
    // (limit + 1) / rate more rows, reading every match through an index rate × rows.
    const double rate = double(page.rows.size()) / m_searchWindow;
    const double rows = double(keptRowCount(tabOutside ? QString() : request.status));
    if (rate * rate * rows <= request.limit + 1)
        return read(selectionFirstStatement(request), request);
    // Many matches: walk on, twice as far whenever the guess from the window fell short.
    for (double window = std::ceil((request.limit + 1) / rate * 1.25);; window *= 2) {
        const int rowsToRead = int(std::min(window, rows + 1));
        Page walked = read(windowStatement(request, rowsToRead, tabOutside), request);
        if (!walked.atEnd || rowsToRead > rows || windowReachesTheEnd(unfiltered, !tabOutside, rowsToRead))
            return walked;
    }
}

int PagedQuery::sortColumnOf(const Request& request) const
{
    return request.sortColumn >= 0 && request.sortColumn < m_spec.columns.size() ? request.sortColumn
                                                                                 : m_spec.defaultSortColumn;
}

PagedQuery::Page PagedQuery::fetch(const Request& request)
{
    m_lastStatements.clear();
    const std::optional<qint64> tabSize = untabIndexedTabSize(request);
    if (tabSize && *tabSize <= m_sortIndexWindow)
        return read(selectionFirstStatement(request), request);
    const bool sqlite = m_database.dialect().backend() == DatabaseUrl::Backend::Sqlite;
    if (looksInWindowFirst(request))
        return fetchWindowFirst(request, tabSize && sqlite);
    if (tabSize && sqlite) {
        Page page = read(sortIndexWindowStatement(request), request);
        if (!page.atEnd || windowReachesTheEnd(request, false, m_sortIndexWindow))
            return page;
    }
    return read(pageStatement(request), request);
}

PagedQuery::Page PagedQuery::read(const Statement& statement, const Request& request)
{
    m_lastStatements << statement;
    Query query(m_database, statement.sql);
    bindAll(query, statement.values);
    query.exec();
    Page page;
    while (query.next()) {
        if (page.rows.size() == request.limit) {
            page.atEnd = false;
            break;
        }
        page.rows << readRow(query);
    }
    if (!page.rows.isEmpty())
        page.last = Cursor {page.rows.last().values.at(sortColumnOf(request)), page.rows.last().id};
    return page;
}

QList<PagedQuery::Row> PagedQuery::fetchRows(const QStringList& ids)
{
    QList<Row> rows;
    if (ids.isEmpty())
        return rows;
    QStringList placeholders;
    QVariantList values;
    for (const QString& id : ids) {
        placeholders << QStringLiteral(":p%1").arg(values.size());
        values << id;
    }
    Query query(
        m_database,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
            .arg(selectList(), rowsFrom(), m_spec.idExpression, placeholders.join(QStringLiteral(", "))));
    bindAll(query, values);
    query.exec();
    while (query.next())
        rows << readRow(query);
    return rows;
}

bool PagedQuery::countsAreKept(const Request& request) const
{
    return !m_spec.countsTable.isEmpty() && filterClause(request, false).sql.isEmpty();
}

PagedQuery::Statement PagedQuery::countStatement(const Request& request) const
{
    if (request.dueBefore && m_spec.deadlineColumn >= 0 && !m_spec.countsTable.isEmpty()) {
        Request unfiltered = request;
        unfiltered.dueBefore.reset();
        if (countsAreKept(unfiltered))
            return {
                QStringLiteral("SELECT k.status, (SELECT COUNT(*) FROM %1 WHERE %2 = k.status AND %3 < :p0) "
                               "FROM (SELECT status FROM %4 GROUP BY status) k")
                    .arg(m_spec.countedTable, m_spec.statusExpression,
                         m_spec.columns.at(m_spec.deadlineColumn).expression, m_spec.countsTable),
                {*request.dueBefore}};
    }
    Statement statement = filterClause(request, false);
    statement.sql = statement.sql.isEmpty() && !m_spec.countsTable.isEmpty()
        ? QStringLiteral("SELECT status, SUM(row_count) FROM %1 GROUP BY status").arg(m_spec.countsTable)
        : QStringLiteral("SELECT %1, COUNT(*) FROM %2%3 GROUP BY %1")
              .arg(m_spec.statusExpression, m_spec.from, statement.sql);
    return statement;
}

QHash<QString, qint64> PagedQuery::countByStatus(const Request& request)
{
    const Statement statement = countStatement(request);
    Query query(m_database, statement.sql);
    bindAll(query, statement.values);
    query.exec();
    QHash<QString, qint64> counts;
    while (query.next()) {
        if (const qint64 count = query.value(1).toLongLong(); count != 0)
            counts.insert(query.value(0).toString(), count);
    }
    return counts;
}
