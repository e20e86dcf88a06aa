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
    Page fetch(const Request& request);
    /// The statement fetch() runs: the page's rows and one more, to tell whether another follows.
    Statement pageStatement(const Request& request) const;
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
    QString selectList() const;
    int sortColumnOf(const Request& request) const;
    Row readRow(const Query& query) const;

    Database& m_database;
    TableSpec m_spec;
};
