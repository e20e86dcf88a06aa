#pragma once

#include "movecontract.h"
#include "savecontractdraft.h"

class ContractService;
class Database;

/// Contracts over InvoiceFixture's world: the enterprise buyer C880001 and the individual buyer
/// 李雷 (C880002) with the fixture's vendor, plus order 1006, a paid refund order of ¥400.00 of the
/// enterprise buyer. Order amounts in a contract: 1001 ¥100.00, 1002 ¥30.00 (¥20.00 refunded),
/// 1003 ¥300.00, 1004 ¥200.00, 1006 −¥400.00; 1005 (refunded in full) cannot be listed.
class ContractFixture
{
public:
    /// InvoiceFixture::write, then marks 李雷 as an individual and adds order 1006. Throws
    /// StorageError.
    static void write(Database& database);
    /// A new draft of the enterprise buyer at `step`, with fresh ids and complete party A details.
    static SaveContractDraft draft(ContractKind kind, const QList<int>& orderNos = {},
                                   ContractSubState step = ContractSubState::FillingIn);
    static MoveContract move(const QString& contractId, int baseVersion, ContractAction action,
                             const QString& reason = {});
    /// Drafts `draft` at the signature step and takes it through both signatures to effective.
    /// Returns the contract's version then (0 when a step failed).
    static int makeEffective(ContractService& service, const SaveContractDraft& draft);
};
