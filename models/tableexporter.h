#pragma once

#include "pagedquery.h"

#include <QCoreApplication>

#include <functional>

class PagedTableModel;

/// Writes every row a list shows under its current filters, search and sort (not only the pages
/// loaded) to a CSV file (UTF-8 with a byte order mark, which Excel needs for Chinese) or an XLSX
/// workbook. The file appears only when complete.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)
public:
    enum class Format { Csv, Xlsx };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Reads through `database`, which may be another connection than the model's (a worker
    /// thread's). Returns a translated error, empty on success; sets `cancelled` when `progress`
    /// said stop (then no file is written).
    static QString run(Database& database, const PagedTableModel& model, Format format, const QString& path,
                       const Progress& progress, bool* cancelled);
};
