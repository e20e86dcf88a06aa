#pragma once

#include "deletecontract.h"
#include "movecontract.h"
#include "requestpapercopy.h"
#include "savecontractdraft.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The writer of contracts (SPEC 6). Each call is one transaction with its audit row; a command
/// applied before is not applied again. The database guards the same rules again (migration
/// 0004): the text never changes once the signature is confirmed, paper copies are requested once,
/// only voided contracts are deleted.
class ContractService : public QObject
{
    Q_OBJECT
public:
    explicit ContractService(Database& database, QObject* parent = nullptr);

    /// Creates or rewrites a draft: one valid framework contract per buyer and vendor; an order or
    /// filing contract stands under an effective framework contract and lists free, paid orders of
    /// that buyer and vendor whose total is not negative; an individual buyer signs two-sided. The
    /// text is generated and stored from the confirming-text step on. Updates the buyer's saved
    /// party A details.
    WriteOutcome saveDraft(const SaveContractDraft& command);
    WriteOutcome move(const MoveContract& command);
    WriteOutcome requestPaperCopy(const RequestPaperCopy& command);
    /// Deletes a voided contract and so releases its orders.
    WriteOutcome remove(const DeleteContract& command);

signals:
    /// Emitted after a commit; `entity` is "contract", `ids` the changed rows.
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
