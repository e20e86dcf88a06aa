#pragma once

#include "columnfilter.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One column of a paged list: the SQL expression it reads and how it filters and sorts.
struct ColumnSpec
{
    QString key; ///< stable name, used for saved view state
    QString expression; ///< SQL over TableSpec::from; never NULL when sortable (use COALESCE)
    ColumnKind kind = ColumnKind::Text;
    bool sortable = true;
    /// An index starts with the status and goes on with this column: a status tab sorted by it is
    /// read in order from that index. PagedQuery looks for a tab's page in other ways otherwise.
    bool tabIndexed = false;
};

/// A list the queue pages show: rows of `from`, identified by `idExpression`, grouped into tabs
/// by `statusExpression`.
struct TableSpec
{
    QString from; ///< FROM clause body, may join
    /// Joins after `from` that only add extraExpressions' values to a row: LEFT JOINs on a unique
    /// key, which never drop or repeat a row, and which no column, filter, search or sort reads.
    /// PagedQuery joins them to a page's rows after its LIMIT, so that a page of a searched list
    /// looks up 201 rows, not every match. `from` is then one table, named `fromAlias`.
    QString lookupJoins;
    QString fromAlias;
    QString idExpression; ///< unique row id, the keyset tie-breaker
    QString statusExpression; ///< the column the status tabs count
    QList<ColumnSpec> columns;
    /// Expressions the one search box looks in, never NULL: a row matches when their text, joined
    /// by spaces, contains the search. A PostgreSQL trigram index on exactly that joined
    /// expression makes searches of 3 or more characters an index read.
    QStringList searchExpressions;
    /// An SQLite FTS5 trigram table over the same columns whose rowid is `rowidExpression`'s
    /// (see Dialect::trigramMatch); empty when there is none.
    QString searchTable;
    QString rowidExpression;
    /// A table of (status, row_count) rows, kept by triggers, whose sums per status are the counts
    /// of the unfiltered list; empty to count the rows. On PostgreSQL the rows carry a vendor_id
    /// too, so that row-level security gives vendor staff the sums of their own vendor's rows.
    QString countsTable;
    /// The table whose rows the kept counts count (their triggers are on it), with the alias
    /// `statusExpression` uses: recounting it alone is cheaper than recounting `from`'s joins.
    QString countedTable;
    /// Values read with each row but not shown as columns, e.g. a flag the view draws.
    QStringList extraExpressions;
    int defaultSortColumn = 0;
    bool defaultDescending = false;
    /// A Deadline column holding when the row's next step is due (nothingDueMs when none): rows
    /// past it are overdue, and the tabs say how many (PagedQuery::Request::dueBefore); -1 for a
    /// list without deadlines. With a countsTable its expression reads countedTable alone.
    int deadlineColumn = -1;
};
