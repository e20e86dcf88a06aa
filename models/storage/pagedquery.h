#pragma once

#include "columnfilter.h"
#include "tablespec.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

class Database;
class Query;

/// Reads a TableSpec a page at a time with keyset pagination: `WHERE (sort, id) > (:last, :id)
/// ORDER BY sort, id LIMIT n`, so page k costs the same as page 1 on any amount of data. Filters
/// and sorting run in SQL. Every method throws StorageError.
///
/// A status tab sorted by a column no index orders within the tab (ColumnSpec::tabIndexed) is
/// read the way that suits the tab's size, which neither database's planner finds by itself:
/// - A tab no larger than the window (setSortIndexWindow(), 10,000 rows) is read first, only the
///   ids and sort values, sorted, and then the page's rows are read whole (a MATERIALIZED CTE):
///   ~25 ms (SQLite) and ~40 ms (PostgreSQL) for 10,000 of a million rows. The usual statement
///   joins and sorts whole rows on SQLite (~45 ms), and on PostgreSQL walks the sort column's
///   index past most of the table (~60–85 ms).
/// - SQLite keeps no statistics and plans a larger tab as "every row of the tab, then sort"
///   (0.6 s for 300,000 of a million rows). MarketDesk first reads the next window of rows in
///   sort order through the sort column's index and keeps the tab's: a page in ~1–5 ms. When they
///   are less than a page and do not reach the end, the usual statement runs after them.
///   PostgreSQL's own plan for a larger tab is that walk along the index, and it is fast.
///
/// A search of 3 or more characters looks among the next rows in sort order first
/// (setSearchWindow(), 1,000), a page found there is done: read first, a term in every row (a
/// customer ID prefix) took 0.5 s for a million orders through SQLite's trigram table, the window
/// 2 ms. Then, for a list with kept counts, the share of matches in the window tells whether to
/// walk on or read every match through the index and sort them: PostgreSQL's own choice follows an
/// estimate from a small sample, and walked 45,000 rows (150–180 ms) for a name in 0.4 % of a
/// million requests, which the index answers in 12 ms; SQLite reads every match of the trigram
/// table, 80 ms for a phone prefix in a tenth of them, which a walk finds in a few. A list without
/// kept counts reads the trigram table's matches after the window (SQLite) or plans by itself.
/// A column filter of a list with kept counts is read the same way (isWindowedFilter()): the
/// planners read every row the filtered column's index finds and sort them, 0.12–0.18 s on SQLite
/// for a type or a month of a million requests.
class PagedQuery
{
public:
    struct Row
    {
        QString id;
        QVariantList values; ///< one per TableSpec column
        QVariantList extras; ///< one per TableSpec extra expression
    };
    struct Cursor
    {
        QVariant sortValue;
        QString id;
    };
    struct Request
    {
        QMap<int, ColumnFilter> filters; ///< column index → filter
        QString status; ///< status key of the selected tab; empty for all
        QString search; ///< text of the search box; empty for none
        int sortColumn = 0;
        bool descending = false;
        std::optional<Cursor> after; ///< the last row of the previous page
        int limit = 200;
        /// Only rows whose deadline (TableSpec::deadlineColumn) is before this, in UTC epoch ms.
        std::optional<qint64> dueBefore;
    };
    struct Page
    {
        QList<Row> rows;
        bool atEnd = true;
        std::optional<Cursor> last;
    };

    /// SQL with its values bound to :p0, :p1, …
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    PagedQuery(Database& database, const TableSpec& spec);

    const TableSpec& spec() const { return m_spec; }
    /// The largest tab read whole first, and on SQLite the rows in sort order a larger tab's page
    /// is looked for in before the usual statement runs (default 10,000); small in tests, to reach
    /// every path with little data.
    void setSortIndexWindow(int rows) { m_sortIndexWindow = rows; }
    /// The rows in sort order a search or a filter first looks among (default 1,000).
    void setSearchWindow(int rows) { m_searchWindow = rows; }
    Page fetch(const Request& request);
    /// The usual statement of fetch(): the page's rows and one more, to tell whether another follows.
    Statement pageStatement(const Request& request) const;
    /// What the last fetch() ran, in order: pageStatement(), the window's statements before it,
    /// or the whole tab's.
    const QList<Statement>& lastStatements() const { return m_lastStatements; }
    /// The statement countByStatus() runs: rows of (status key, count). Overdue rows of the
    /// unfiltered list (only dueBefore set) of a spec with kept counts are counted status by
    /// status, each a range of the (status, deadline) index, rather than by scanning all of it.
    Statement countStatement(const Request& request) const;
    /// Current values of the given rows, for refreshing them in place; missing ids are omitted.
    QList<Row> fetchRows(const QStringList& ids);
    /// Rows per status key matching the request's filters (its status and cursor are ignored).
    QHash<QString, qint64> countByStatus(const Request& request);
    /// countByStatus() of this request reads the kept counts (TableSpec::countsTable): a few rows,
    /// however many the list holds.
    bool countsAreKept(const Request& request) const;

private:
    using Where = Statement;
    using Placeholder = std::function<QString(const QVariant&)>;
    /// The conditions of the filters, the search and the status (`withStatus`). A filter the trigram
    /// index answers (isIndexedFilter()) gets the index's condition too.
    Where filterClause(const Request& request, bool withStatus) const;
    /// A filter of the column whose every condition is a "contains" of 3 or more characters, on a
    /// column of the search text of a list with a trigram index: a column filter of a rare order ID
    /// walked a million requests (1.3 s) where the index finds it in milliseconds.
    bool isIndexedFilter(int column, const ColumnFilter& filter) const;
    /// The search text (searchExpressions joined) contains `text`.
    QString searchTextTerm(const QString& text, const Placeholder& placeholder) const;
    /// The rows the trigram index finds for `text`: a superset of those whose search text holds it.
    QString trigramTerm(const QString& text, const Placeholder& placeholder) const;
    /// The SQL conditions of `filter` on `expression`.
    QStringList conditionTerms(const QString& expression, const ColumnFilter& filter,
                               const Placeholder& placeholder) const;
    /// A filter a window looks for among its rows rather than handing it to the planner: one the
    /// trigram index answers, or any of another column than the sort's (a filter of the sort
    /// column is a range of the very index the window walks).
    bool isWindowedFilter(int column, const ColumnFilter& filter, const Request& request) const;
    /// The request without what a window looks for among its rows: the search and the windowed filters.
    Request windowBase(const Request& request) const;
    /// `select` of the request's rows in its order after its cursor, at most `limit` (unordered and
    /// unlimited when `limit` is negative); the status tab's condition only `withStatus`.
    Statement orderedStatement(const Request& request, bool withStatus, const QString& select,
                               int limit) const;
    /// The kept size of the request's tab when its sort column is not tab-indexed; nothing when
    /// the request has no tab, the column is tab-indexed or the counts are not kept.
    std::optional<qint64> untabIndexedTabSize(const Request& request);
    /// The page among the window's rows (SQLite).
    Statement sortIndexWindowStatement(const Request& request) const;
    /// The page among the ids and sort values of every row the request selects (a small tab, or
    /// a search's matches through the trigram index), read first and sorted.
    Statement selectionFirstStatement(const Request& request) const;
    /// Whether the window holds every row after the cursor: then fewer rows than a page found in
    /// it are the last ones.
    bool windowReachesTheEnd(const Request& request, bool withStatus, int window);
    /// The kept rows of a status, or of all with an empty one.
    qint64 keptRowCount(const QString& status);
    /// The matches of the search and the windowed filters among the next `window` rows in sort
    /// order; with `tabOutside` the rows of every status, the tab's kept among them, for a large tab
    /// sorted by a column no index orders within it, which SQLite would read whole and sort first.
    Statement windowStatement(const Request& request, int window, bool tabOutside) const;
    /// A search a trigram index can answer (of a list with an FTS5 table on SQLite, of a list with
    /// kept counts on PostgreSQL), or a windowed filter of a list with kept counts.
    bool looksInWindowFirst(const Request& request) const;
    Page fetchWindowFirst(const Request& request, bool tabOutside);
    Page read(const Statement& statement, const Request& request);
    /// The row values read() expects: ids, columns and extras.
    QString selectList() const;
    /// What a statement selects of each row before joinLookups(): selectList(), or with
    /// TableSpec::lookupJoins the whole row of `from`.
    QString rowSelectList() const;
    /// `from` with the lookup joins, for statements that read few rows.
    QString rowsFrom() const;
    /// The rows of `rows` (which selected rowSelectList()) with their lookups joined, in the
    /// request's order.
    Statement joinLookups(Statement rows, const Request& request) const;
    /// ORDER BY terms of the request: the sort expression, then the id.
    QString orderBy(const Request& request) const;
    int sortColumnOf(const Request& request) const;
    Row readRow(const Query& query) const;

    Database& m_database;
    TableSpec m_spec;
    int m_sortIndexWindow = 10000;
    int m_searchWindow = 1000;
    QList<Statement> m_lastStatements;
};
