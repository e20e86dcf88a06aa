#include "invoicerequestnumber.h"

#include <QTimeZone>

QString InvoiceRequestNumber::make(const QDateTime& appliedAtUtc, const QString& requestId)
{
    return QStringLiteral("FP%1-%2").arg(
        appliedAtUtc.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyyMMdd")),
        QString(requestId).remove(u'-').right(16).toUpper());
}
