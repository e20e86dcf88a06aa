#pragma once

#include "columnfilter.h"
#include "tablespec.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

#include <optional>

class Database;
class Query;

/// Reads a TableSpec a page at a time with keyset pagination: `WHERE (sort, id) > (:last, :id)
/// ORDER BY sort, id LIMIT n`, so page k costs the same as page 1 on any amount of data. Filters
/// and sorting run in SQL. Every method throws StorageError.
///
/// A status tab sorted by another column: SQLite keeps no statistics, so it plans that as "every
/// row of the tab, then sort them" (0.6 s for a tab of 300,000 of a million rows). On SQLite a
/// larger tab than the window (see setSortIndexWindow()) is first read through the sort column's
/// index, keeping the tab's rows among the next window of rows in sort order: a page of a large
/// tab in ~1 ms, of a tab of 3 % in ~10 ms. When the window holds less than a page and does not
/// reach the end, the usual statement runs after it (~15 ms more).
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
    /// Rows in sort order that a status tab's page is looked for in before the usual statement
    /// runs (default 10,000); small in tests, to reach the fallback with little data.
    void setSortIndexWindow(int rows) { m_sortIndexWindow = rows; }
    Page fetch(const Request& request);
    /// The usual statement of fetch(): the page's rows and one more, to tell whether another follows.
    Statement pageStatement(const Request& request) const;
    /// What the last fetch() ran, in order: pageStatement(), or first the window's statements.
    const QList<Statement>& lastStatements() const { return m_lastStatements; }
    /// The statement countByStatus() runs: rows of (status key, count).
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
    Where filterClause(const Request& request, bool withStatus) const;
    /// `select` of the request's rows in its order after its cursor, at most `limit`; the status
    /// tab's condition only `withStatus`.
    Statement orderedStatement(const Request& request, bool withStatus, const QString& select,
                               int limit) const;
    /// The page among the window's rows: its statement and whether to try it first.
    Statement sortIndexWindowStatement(const Request& request) const;
    bool readsSortIndexFirst(const Request& request);
    /// Whether the window holds every row after the cursor: then fewer rows than a page found in
    /// it are the last ones.
    bool windowReachesTheEnd(const Request& request);
    Page read(const Statement& statement, const Request& request);
    QString selectList() const;
    int sortColumnOf(const Request& request) const;
    Row readRow(const Query& query) const;

    Database& m_database;
    TableSpec m_spec;
    int m_sortIndexWindow = 10000;
    QList<Statement> m_lastStatements;
};
