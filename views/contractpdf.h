#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

/// A contract's stored text laid out on A4 pages with the contract number and "page n of m" at the
/// top of every page, saved as a PDF or sent to a printer.
class ContractPdf
{
    Q_DECLARE_TR_FUNCTIONS(ContractPdf)
public:
    ContractPdf(const QString& contractNo, const QString& html)
        : m_contractNo(contractNo)
        , m_html(html)
    { }

    /// Writes the PDF through a temporary file; returns a translated error, empty on success.
    QString write(const QString& path) const;
    /// Lays the pages out on `device` (a QPdfWriter or a QPrinter); returns the number of pages.
    int paint(QPagedPaintDevice& device) const;

private:
    QString m_contractNo;
    QString m_html;
};
