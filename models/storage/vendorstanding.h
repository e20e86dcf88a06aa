#pragma once

#include "commandheader.h"
#include "onboardingenums.h"
#include "vendorenums.h"
#include "writeoutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class CommandJournal;
class Database;

/// The one place a vendor's status row changes, with its audit row, inside the caller's
/// transaction: reviewers' moves, the automatic suspension for a deposit shortfall and its lifting.
/// Throws StorageError.
class VendorStanding
{
    Q_DECLARE_TR_FUNCTIONS(VendorStanding)
public:
    struct Current
    {
        QString name;
        VendorStatus status = VendorStatus::Active;
        bool suspendedForShortfall = false;
        int version = 0;
    };

    struct Change
    {
        VendorStatus to = VendorStatus::Active;
        QString reasonText;
        std::optional<LeaveReason> leaveReason;
        bool forShortfall = false;
        /// A reason MarketDesk gives by its rules (SystemReason), in place of reasonText.
        QString reasonCode;
    };

    VendorStanding(Database& database, CommandJournal& journal)
        : m_database(database)
        , m_journal(journal)
    { }

    /// The vendor's row, locked against concurrent writers; nothing when it does not exist.
    std::optional<Current> read(const QString& vendorId);
    /// Why a command about `vendor` (as read() found it) is refused: the vendor does not exist, or
    /// it left the marketplace (`leftMessage`, with the vendor's name for %1). Nothing when the
    /// command may go on.
    static std::optional<WriteOutcome> refusalUnlessOnMarketplace(const std::optional<Current>& vendor,
                                                                  const QString& leftMessage);
    /// Moves the vendor from `current` (seen at current.version) to `change.to`; false when someone
    /// changed the row since. `action` names the move in the audit log.
    bool apply(const char* commandName, const CommandHeader& header, const QString& vendorId,
               const Current& current, const Change& change, const QString& action);
    /// Suspends the display of a vendor whose deposit is still short after the settlement of
    /// `settlementDay` (SPEC 2.3), as apply() does.
    bool suspendForShortfall(const char* commandName, const CommandHeader& header, const QString& vendorId,
                             const Current& current, const QDate& settlementDay);

private:
    Database& m_database;
    CommandJournal& m_journal;
};
