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
};

/// A list the queue pages show: rows of `from`, identified by `idExpression`, grouped into tabs
/// by `statusExpression`.
struct TableSpec
{
    QString from; ///< FROM clause body, may join
    QString idExpression; ///< unique row id, the keyset tie-breaker
    QString statusExpression; ///< the column the status tabs count
    QList<ColumnSpec> columns;
    /// Expressions the one search box looks in (a row matches when any contains the text).
    QStringList searchExpressions;
    /// Values read with each row but not shown as columns, e.g. a flag the view draws.
    QStringList extraExpressions;
    int defaultSortColumn = 0;
    bool defaultDescending = false;
};
