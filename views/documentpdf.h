#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

/// A document's HTML (a contract, a deposit receipt) laid out on A4 pages with its number and
/// "page n of m" at the top of every page, saved as a PDF or sent to a printer.
class DocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPdf)
public:
    /// `numberLabel` names the number in the page header, in Chinese like the document itself.
    DocumentPdf(const QString& number, const QString& html,
                const QString& numberLabel = QStringLiteral("合同编号"))
        : m_number(number)
        , m_html(html)
        , m_numberLabel(numberLabel)
    { }

    /// Writes the PDF through a temporary file; returns a translated error, empty on success.
    QString write(const QString& path) const;
    /// Lays the pages out on `device` (a QPdfWriter or a QPrinter); returns the number of pages.
    int paint(QPagedPaintDevice& device) const;

private:
    QString m_number;
    QString m_html;
    QString m_numberLabel;
};
