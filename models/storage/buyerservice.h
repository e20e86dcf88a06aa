#pragma once

#include "saveinvoicetitle.h"
#include "savemailingaddress.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of buyer records: invoice titles (one valid title per buyer) and mailing
/// addresses.
class BuyerService : public QObject
{
    Q_OBJECT
public:
    explicit BuyerService(Database& database, QObject* parent = nullptr);

    /// A new title (baseVersion 0) retires the buyer's valid title and becomes the valid one; an
    /// existing title is corrected in place at `baseVersion`. One transaction with its audit row.
    WriteOutcome saveTitle(const SaveInvoiceTitle& command);
    /// Inserts (baseVersion 0) or corrects an address at `baseVersion`; a default address unmarks
    /// the buyer's other addresses. One transaction with its audit row.
    WriteOutcome saveAddress(const SaveMailingAddress& command);

signals:
    /// Emitted after a commit; `entity` is "invoice_title" or "mailing_address".
    void changed(const QString& entity, const QStringList& ids);

private:
    /// Whether the buyer exists; locks its row against concurrent writers (PostgreSQL) so that its
    /// titles and addresses change one writer at a time. Throws StorageError.
    bool lockBuyer(const QString& buyerId);

    Database& m_database;
};
