#include "xlsxwriter.h"

#include "zipwriter.h"

namespace {

QByteArray escaped(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        // XML 1.0 forbids most control characters; drop them rather than write a broken file.
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        clean += c;
    }
    return clean.toHtmlEscaped().toUtf8();
}

} // namespace

XlsxWriter::XlsxWriter(const QString& sheetName)
    : m_sheetName(sheetName)
{ }

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

void XlsxWriter::addHeader(const QStringList& names)
{
    QVariantList cells;
    for (const QString& name : names)
        cells << name;
    appendRow(cells, true);
}

void XlsxWriter::addRow(const QVariantList& cells)
{
    appendRow(cells, false);
}

void XlsxWriter::appendRow(const QVariantList& cells, bool header)
{
    ++m_rowCount;
    m_rows += "<row r=\"" + QByteArray::number(m_rowCount) + "\">";
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant& cell = cells.at(column);
        const QByteArray reference = (columnName(column) + QString::number(m_rowCount)).toLatin1();
        const QByteArray style = header ? QByteArrayLiteral(" s=\"1\"") : QByteArray();
        const int type = cell.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int) {
            m_rows += "<c r=\"" + reference + "\"" + style + "><v>" + QByteArray::number(cell.toLongLong())
                + "</v></c>";
        } else if (!cell.isNull()) {
            m_rows += "<c r=\"" + reference + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + escaped(cell.toString()) + "</t></is></c>";
        }
    }
    m_rows += "</row>";
}

QByteArray XlsxWriter::finish()
{
    ZipWriter zip;
    zip.addFile(
        QStringLiteral("[Content_Types].xml"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" "
            "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            "<Override PartName=\"/xl/styles.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            "</Types>"));
    zip.addFile(
        QStringLiteral("_rels/.rels"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>"));
    zip.addFile(QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                "<sheets><sheet name=\""
                    + escaped(m_sheetName.left(31)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    zip.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"),
                QByteArrayLiteral(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId1\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    "Target=\"worksheets/sheet1.xml\"/>"
                    "<Relationship Id=\"rId2\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    "Target=\"styles.xml\"/></Relationships>"));
    zip.addFile(
        QStringLiteral("xl/styles.xml"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            "</cellStyleXfs><cellXfs count=\"2\">"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            "</cellXfs></styleSheet>"));
    zip.addFile(QStringLiteral("xl/worksheets/sheet1.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + m_rows + "</sheetData></worksheet>");
    m_rows.clear();
    m_rowCount = 0;
    return zip.finish();
}
