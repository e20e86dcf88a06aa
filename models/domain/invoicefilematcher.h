#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Finds each electronic invoice's file among the files the tax software wrote into one folder.
/// A file belongs to an invoice when its name contains the invoice number as a whole run of
/// letters and digits (04471235 does not match 104471235); failing that, the order ID the same
/// way. When one invoice was saved in several formats under one name, PDF is taken before OFD
/// before XML, because PDF opens everywhere; two differently named files for one invoice are a
/// problem for the clerk to sort out, never a guess.
class InvoiceFileMatcher
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFileMatcher)
public:
    struct Match
    {
        QString fileName; ///< empty when no single file was found
        QString problem; ///< translated; empty when fileName was found
    };

    /// `fileNames` are names without folders; files that are not PDF, XML or OFD are ignored.
    explicit InvoiceFileMatcher(const QStringList& fileNames);

    Match match(const QString& invoiceNo, const QString& orderNo) const;
    static bool isInvoiceFile(const QString& fileName);

private:
    QStringList filesNaming(const QString& key) const;

    QStringList m_fileNames;
};
