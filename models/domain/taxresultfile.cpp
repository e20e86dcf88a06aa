#include "taxresultfile.h"

#include "csvdocument.h"
#include "fieldvalidators.h"

#include <QHash>

TaxResultFile::Result TaxResultFile::parse(const QByteArray& bytes)
{
    Result result;
    const CsvDocument::Result csv = CsvDocument::read(bytes);
    if (!csv.error.isEmpty()) {
        result.error = csv.error;
        return result;
    }
    QHash<QString, int> lineOfOrder;
    QHash<QString, int> lineOfNumber;
    for (qsizetype i = 0; i < csv.records.size(); ++i) {
        const CsvDocument::Record& record = csv.records.at(i);
        const QString second = record.fields.value(1).trimmed();
        if (i == 0 && !second.isEmpty() && !second.front().isDigit())
            continue;
        Line line;
        line.line = record.line;
        line.orderNo = record.fields.value(0).trimmed();
        line.invoiceNo = second;
        line.courier = record.fields.value(2).trimmed();
        line.trackingNo = record.fields.value(3).trimmed();
        if (record.fields.size() > 4) {
            line.problem = tr("The line has %1 fields; expected 4 (order ID, invoice number, courier, "
                              "tracking number).")
                               .arg(record.fields.size());
        } else if (line.orderNo.isEmpty()) {
            line.problem = tr("The order ID is empty.");
        } else if (auto error = FieldValidators::invoiceNumber(line.invoiceNo)) {
            line.problem = *error;
        } else if (!line.trackingNo.isEmpty() && FieldValidators::trackingNumber(line.trackingNo)) {
            line.problem = *FieldValidators::trackingNumber(line.trackingNo);
        } else if (line.trackingNo.isEmpty() != line.courier.isEmpty()) {
            line.problem = tr("Give both the courier and the tracking number, or neither.");
        } else if (const int first = lineOfOrder.value(line.orderNo); first > 0) {
            line.problem = tr("Order ID %1 is already on line %2.").arg(line.orderNo).arg(first);
        } else if (const int firstNumber = lineOfNumber.value(line.invoiceNo); firstNumber > 0) {
            line.problem
                = tr("Invoice number %1 is already on line %2.").arg(line.invoiceNo).arg(firstNumber);
        }
        if (line.problem.isEmpty()) {
            lineOfOrder.insert(line.orderNo, line.line);
            lineOfNumber.insert(line.invoiceNo, line.line);
        }
        result.lines << line;
    }
    if (result.lines.isEmpty())
        result.error = tr("The file has no result lines.");
    return result;
}
