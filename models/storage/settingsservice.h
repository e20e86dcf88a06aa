#pragma once

#include "invoicedeadline.h"
#include "savesetting.h"
#include "writeoutcome.h"

#include <QHash>
#include <QObject>

class Database;

/// The configurable figures of the SPEC ("configurable … lives in a settings table with the
/// default given here"). Keys not stored yet read as their default.
class SettingsService : public QObject
{
    Q_OBJECT
public:
    struct Setting
    {
        QString value;
        int version = 0; ///< 0 when the default is in effect (no row yet)
    };

    explicit SettingsService(Database& database, QObject* parent = nullptr);

    /// Every known key with its SPEC default.
    static const QHash<QString, QString>& defaults();
    /// The stored value or the default. Throws StorageError.
    Setting read(const QString& key);
    /// The issuing deadline of invoice requests: invoice.sla_days, counted in working days when
    /// invoice.sla_working_days is 1. Throws StorageError.
    InvoiceDeadline::Rule invoiceIssueRule();
    /// Creates (baseVersion 0) or updates the key's row. Unknown keys and values that are not a
    /// whole number ≥ 0 (every figure today is a count or an amount in fen) are field errors.
    WriteOutcome save(const SaveSetting& command);
    /// Saves settings that belong together (e.g. a deadline's count and its kind of day) in one
    /// transaction: all of them, or none when one is refused; the outcome is the first refusal.
    WriteOutcome saveAll(const QList<SaveSetting>& commands);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
