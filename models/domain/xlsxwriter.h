#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

/// Writes one worksheet as an .xlsx workbook (Office Open XML SpreadsheetML): text cells as inline
/// strings, integers as numbers, a bold header row. Opens in Excel, WPS and LibreOffice.
class XlsxWriter
{
public:
    explicit XlsxWriter(const QString& sheetName);

    void addHeader(const QStringList& names);
    /// Cells are QString (text) or qint64/int (numbers); anything else is written as text.
    void addRow(const QVariantList& cells);
    QByteArray finish();

    /// "A", "B", …, "Z", "AA": the spreadsheet name of a 0-based column.
    static QString columnName(int column);

private:
    void appendRow(const QVariantList& cells, bool header);

    QString m_sheetName;
    QByteArray m_rows;
    int m_rowCount = 0;
};
