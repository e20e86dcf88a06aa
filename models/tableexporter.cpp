#include "tableexporter.h"

#include "csvdocument.h"
#include "money.h"
#include "pagedtablemodel.h"
#include "storageerror.h"
#include "xlsxwriter.h"

#include <QFileInfo>
#include <QSaveFile>

QString TableExporter::run(Database& database, const PagedTableModel& model, Format format,
                           const QString& path, const Progress& progress, bool* cancelled)
{
    *cancelled = false;
    const TableSpec& spec = model.spec();
    QStringList headers;
    for (int column = 0; column < spec.columns.size(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    XlsxWriter workbook(QFileInfo(path).completeBaseName());
    if (format == Format::Csv)
        file.write("\xEF\xBB\xBF" + CsvDocument::formatLine(headers).toUtf8() + "\r\n");
    else
        workbook.addHeader(headers);

    try {
        PagedQuery query(database, spec);
        PagedQuery::Request request = model.request();
        request.after.reset();
        request.limit = 5000;
        const qint64 total
            = model.status().isEmpty() ? model.totalCount() : model.statusCounts().value(model.status());
        qint64 done = 0;
        while (true) {
            const PagedQuery::Page page = query.fetch(request);
            for (const PagedQuery::Row& row : page.rows) {
                QStringList texts;
                QVariantList cells;
                for (int column = 0; column < spec.columns.size(); ++column) {
                    const QVariant& value = row.values.at(column);
                    const QString text = spec.columns.at(column).kind == ColumnKind::Money && !value.isNull()
                        ? Money::fromFen(value.toLongLong()).toPlainString()
                        : model.displayText(column, value);
                    texts << text;
                    cells << text;
                }
                if (format == Format::Csv)
                    file.write(CsvDocument::formatLine(texts).toUtf8() + "\r\n");
                else
                    workbook.addRow(cells);
            }
            done += page.rows.size();
            if (progress && !progress(done, std::max(total, done))) {
                *cancelled = true;
                file.cancelWriting();
                return {};
            }
            if (page.atEnd || !page.last)
                break;
            request.after = page.last;
        }
    } catch (const StorageError& error) {
        file.cancelWriting();
        return error.userMessage();
    }
    if (format == Format::Xlsx)
        file.write(workbook.finish());
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}
