#pragma once

#include "businessrules.h"
#include "invoicedeadline.h"
#include "savesetting.h"
#include "writeoutcome.h"

#include <QList>
#include <QObject>

#include <optional>

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

    /// A known key, its SPEC default and the values it accepts (every figure is a whole number: a
    /// count, a flag or an amount in fen).
    struct Definition
    {
        QString key;
        qint64 defaultValue = 0;
        qint64 minimum = 0;
        qint64 maximum = 0;
    };

    explicit SettingsService(Database& database, QObject* parent = nullptr);

    static const QList<Definition>& definitions();
    static std::optional<Definition> definition(const QString& key);
    /// The stored value or the default. Throws StorageError.
    Setting read(const QString& key);
    /// Every rule figure in one read. Throws StorageError.
    BusinessRules rules();
    /// The rules, or the SPEC's figures when the settings cannot be read: for what a view shows
    /// or offers. Every write reads them again through rules() and fails on a storage error.
    static BusinessRules rulesOrSpec(Database& database);
    /// The issuing deadline of invoice requests: invoice.sla_days, counted in working days when
    /// invoice.sla_working_days is 1. Throws StorageError.
    InvoiceDeadline::Rule invoiceIssueRule();
    /// Creates (baseVersion 0) or updates the key's row. Unknown keys and values that are not a
    /// whole number within the key's range are field errors.
    WriteOutcome save(const SaveSetting& command);
    /// Saves settings that belong together (e.g. a deadline's count and its kind of day) in one
    /// transaction: all of them, or none when one is refused; the outcome is the first refusal.
    WriteOutcome saveAll(const QList<SaveSetting>& commands);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
