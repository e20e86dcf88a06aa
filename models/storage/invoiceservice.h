#pragma once

#include "createinvoicerequest.h"
#include "issueinvoicebatch.h"
#include "moveinvoicerequest.h"
#include "switchinvoicetonormal.h"
#include "writeoutcome.h"

#include <QObject>

class CommandJournal;
class Database;

/// The only writer of invoice requests: creation with the invoiceable-amount rule, every move of
/// SPEC 5.4 with its guards, batch issuing and the switch to a normal invoice. Each call is one
/// transaction with its audit rows; a command applied before is not applied again.
class InvoiceService : public QObject
{
    Q_OBJECT
public:
    explicit InvoiceService(Database& database, QObject* parent = nullptr);

    /// Up to this amount a paper invoice may ship cash on delivery (SPEC 5.3), as set; the SPEC's
    /// ¥50 when the settings cannot be read (create() reads it again and refuses then).
    Money cashOnDeliveryLimit();
    WriteOutcome create(const CreateInvoiceRequest& command);
    WriteOutcome move(const MoveInvoiceRequest& command);
    /// Issues every item or none; an item's problem is reported with its request number.
    WriteOutcome issueBatch(const IssueInvoiceBatch& command);
    WriteOutcome switchToNormal(const SwitchInvoiceToNormal& command);

signals:
    /// Emitted after a commit; `entity` is "invoice_request", `ids` the changed rows.
    void changed(const QString& entity, const QStringList& ids);

private:
    /// Applies one move inside the caller's transaction; anything but Done means nothing of this
    /// move was written (the caller rolls back).
    WriteOutcome applyMove(const MoveInvoiceRequest& command, const char* commandName,
                           CommandJournal& journal);

    Database& m_database;
};
