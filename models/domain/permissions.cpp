#include "permissions.h"

QString Permissions::forInvoiceAction(InvoiceAction action)
{
    switch (action) {
    case InvoiceAction::Cancel:
    case InvoiceAction::RequestReturn: // both typed in on the buyer's behalf
        return QLatin1String(invoiceCreate);
    case InvoiceAction::Start:
    case InvoiceAction::Issue:
    case InvoiceAction::MarkDelivered:
    case InvoiceAction::MarkFailed:
    case InvoiceAction::Retry:
        return QLatin1String(invoiceIssue);
    case InvoiceAction::MarkRefunded:
    case InvoiceAction::RequireRedLetter:
    case InvoiceAction::AcceptReturn:
    case InvoiceAction::DeclineReturn:
    case InvoiceAction::LapseRedLetter:
        return QLatin1String(invoiceReturn);
    case InvoiceAction::Void:
        return QLatin1String(invoiceVoid);
    }
    return {};
}
