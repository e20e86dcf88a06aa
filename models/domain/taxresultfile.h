#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// What the tax software writes after issuing: one line per invoice with the order ID, invoice
/// number, courier company and tracking number, in that order. A first line whose second field is
/// not a number is a header and skipped. Courier and tracking number are empty for electronic
/// invoices.
class TaxResultFile
{
    Q_DECLARE_TR_FUNCTIONS(TaxResultFile)
public:
    struct Line
    {
        int line = 0;
        QString orderNo;
        QString invoiceNo;
        QString courier;
        QString trackingNo;
        QString problem; ///< translated; empty when the line reads well
    };
    struct Result
    {
        QList<Line> lines;
        QString error; ///< translated; the file as a whole cannot be read
    };

    static Result parse(const QByteArray& bytes);
};
