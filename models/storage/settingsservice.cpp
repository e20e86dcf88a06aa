#include "settingsservice.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QHash>
#include <QSignalBlocker>

SettingsService::SettingsService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

const QList<SettingsService::Definition>& SettingsService::definitions()
{
    const BusinessRules spec;
    static const QList<Definition> list {
        {QStringLiteral("invoice.sla_days"), 7, 1, 60},
        {QStringLiteral("invoice.sla_working_days"), 0, 0, 1}, // 0: calendar days, 1: working days
        {QStringLiteral("invoice.cash_on_delivery_limit_fen"), spec.cashOnDeliveryLimit.fen(), 0,
         Money::fromYuan(10000).fen()},
        {QStringLiteral("invoice.return_working_days"), spec.returnWorkingDays, 1, 30},
        {QStringLiteral("invoice.red_letter_hours"), spec.redLetterHours, 1, 720},
        {QStringLiteral("delivery.auto_accept_days"), spec.autoAcceptDays, 1, 90},
        {QStringLiteral("deposit.top_up_working_days"), spec.topUpWorkingDays, 1, 30},
        {QStringLiteral("deposit.settlement_day"), spec.settlementDay, 1, 28},
        {QStringLiteral("deposit.surcharge_deductions"), spec.surchargeDeductions, 0, 12},
        {QStringLiteral("deposit.surcharge_fen"), spec.surcharge.fen(), 0, Money::fromYuan(1000000).fen()},
        {QStringLiteral("violation.expel_points"), spec.expelPoints, 1, 100},
        {QStringLiteral("product.idle_delist_months"), spec.idleDelistMonths, 1, 24},
        {QStringLiteral("vendor.reentry_wait_months"), spec.reentryWaitMonths, 0, 120},
        {QStringLiteral("contract.paper_mail_working_days"), spec.paperMailWorkingDays, 1, 30},
    };
    return list;
}

std::optional<SettingsService::Definition> SettingsService::definition(const QString& key)
{
    for (const Definition& known : definitions()) {
        if (known.key == key)
            return known;
    }
    return std::nullopt;
}

SettingsService::Setting SettingsService::read(const QString& key)
{
    Query query(m_database, QStringLiteral("SELECT value, version FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key).exec();
    if (query.next())
        return {query.value(0).toString(), query.value(1).toInt()};
    const auto known = definition(key);
    return {known ? QString::number(known->defaultValue) : QString(), 0};
}

BusinessRules SettingsService::rules()
{
    QHash<QString, qint64> values;
    for (const Definition& known : definitions())
        values.insert(known.key, known.defaultValue);
    Query stored(m_database, QStringLiteral("SELECT key, value FROM settings"));
    stored.exec();
    while (stored.next()) {
        if (values.contains(stored.value(0).toString()))
            values.insert(stored.value(0).toString(), stored.value(1).toLongLong());
    }
    const auto number = [&values](const char* key) { return int(values.value(QLatin1String(key))); };
    BusinessRules rules;
    rules.cashOnDeliveryLimit
        = Money::fromFen(values.value(QStringLiteral("invoice.cash_on_delivery_limit_fen")));
    rules.returnWorkingDays = number("invoice.return_working_days");
    rules.redLetterHours = number("invoice.red_letter_hours");
    rules.autoAcceptDays = number("delivery.auto_accept_days");
    rules.topUpWorkingDays = number("deposit.top_up_working_days");
    rules.settlementDay = number("deposit.settlement_day");
    rules.surchargeDeductions = number("deposit.surcharge_deductions");
    rules.surcharge = Money::fromFen(values.value(QStringLiteral("deposit.surcharge_fen")));
    rules.expelPoints = number("violation.expel_points");
    rules.idleDelistMonths = number("product.idle_delist_months");
    rules.reentryWaitMonths = number("vendor.reentry_wait_months");
    rules.paperMailWorkingDays = number("contract.paper_mail_working_days");
    return rules;
}

InvoiceDeadline::Rule SettingsService::invoiceIssueRule()
{
    return {read(QStringLiteral("invoice.sla_days")).value.toInt(),
            read(QStringLiteral("invoice.sla_working_days")).value.toInt() == 1};
}

BusinessRules SettingsService::rulesOrSpec(Database& database)
{
    try {
        return SettingsService(database).rules();
    } catch (const StorageError&) {
        return {};
    }
}

WriteOutcome SettingsService::save(const SaveSetting& command)
{
    const auto known = definition(command.key);
    if (!known)
        return WriteOutcome::invalid(
            {{QStringLiteral("key"), tr("There is no setting named %1.").arg(command.key)}});
    bool isNumber = false;
    const qint64 number = command.value.trimmed().toLongLong(&isNumber);
    if (!isNumber || number < known->minimum || number > known->maximum)
        return WriteOutcome::invalid(
            {{QStringLiteral("value"),
              tr("Enter a whole number from %1 to %2.").arg(known->minimum).arg(known->maximum)}});

    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        const Setting current = read(command.key);
        if (current.version != command.baseVersion)
            return WriteOutcome::conflict(
                tr("The setting %1 was changed by someone else to %2.").arg(command.key, current.value));
        const QString value = QString::number(number);
        Query write(m_database,
                    command.baseVersion == 0
                        ? QStringLiteral("INSERT INTO settings (key, value, version, updated_at, updated_by) "
                                         "VALUES (:key, :value, 1, :at, :by)")
                        : QStringLiteral("UPDATE settings SET value = :value, version = version + 1, "
                                         "updated_at = :at, updated_by = :by "
                                         "WHERE key = :key AND version = :version"));
        write.bind(QStringLiteral(":key"), command.key)
            .bind(QStringLiteral(":value"), value)
            .bind(QStringLiteral(":at"), command.header.at.toMSecsSinceEpoch())
            .bind(QStringLiteral(":by"), command.header.actor);
        if (command.baseVersion != 0)
            write.bind(QStringLiteral(":version"), command.baseVersion);
        write.exec();
        if (write.rowsAffected() == 0)
            return WriteOutcome::conflict(tr("The setting %1 was changed by someone else.").arg(command.key));
        journal.audit(SaveSetting::name, command.header, QStringLiteral("setting"), command.key,
                      QStringLiteral("save"), {{QStringLiteral("value"), current.value}},
                      {{QStringLiteral("value"), value}});
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("setting"), {command.key});
    return outcome;
}

WriteOutcome SettingsService::saveAll(const QList<SaveSetting>& commands)
{
    QStringList keys;
    try {
        Transaction transaction(m_database);
        // Each save() would announce its key before the whole is committed; announced once below.
        const QSignalBlocker quiet(this);
        for (const SaveSetting& command : commands) {
            if (WriteOutcome outcome = save(command); !outcome.succeeded())
                return outcome;
            keys << command.key;
        }
        transaction.commit();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    if (!keys.isEmpty())
        emit changed(QStringLiteral("setting"), keys);
    return WriteOutcome::done(0);
}
