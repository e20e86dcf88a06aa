#include "settingsservice.h"

#include "commandjournal.h"
#include "database.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSignalBlocker>

SettingsService::SettingsService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

const QHash<QString, QString>& SettingsService::defaults()
{
    static const QHash<QString, QString> values {
        {QStringLiteral("invoice.sla_days"), QStringLiteral("7")},
        {QStringLiteral("invoice.sla_working_days"),
         QStringLiteral("0")}, // 0: calendar days, 1: working days
        {QStringLiteral("invoice.cash_on_delivery_limit_fen"), QStringLiteral("5000")},
        {QStringLiteral("invoice.return_working_days"), QStringLiteral("3")},
        {QStringLiteral("invoice.red_letter_hours"), QStringLiteral("72")},
        {QStringLiteral("delivery.auto_accept_days"), QStringLiteral("15")},
        {QStringLiteral("deposit.top_up_working_days"), QStringLiteral("3")},
        {QStringLiteral("deposit.surcharge_fen"), QStringLiteral("1000000")},
        {QStringLiteral("deposit.surcharge_deductions"), QStringLiteral("2")},
        {QStringLiteral("violation.expel_points"), QStringLiteral("24")},
        {QStringLiteral("product.idle_delist_months"), QStringLiteral("3")},
        {QStringLiteral("vendor.reentry_wait_days"), QStringLiteral("365")},
        {QStringLiteral("contract.paper_mail_working_days"), QStringLiteral("5")},
        {QStringLiteral("contract.paper_copies_max"), QStringLiteral("2")},
    };
    return values;
}

SettingsService::Setting SettingsService::read(const QString& key)
{
    Query query(m_database, QStringLiteral("SELECT value, version FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key).exec();
    if (query.next())
        return {query.value(0).toString(), query.value(1).toInt()};
    return {defaults().value(key), 0};
}

InvoiceDeadline::Rule SettingsService::invoiceIssueRule()
{
    return {read(QStringLiteral("invoice.sla_days")).value.toInt(),
            read(QStringLiteral("invoice.sla_working_days")).value.toInt() == 1};
}

WriteOutcome SettingsService::save(const SaveSetting& command)
{
    if (!defaults().contains(command.key))
        return WriteOutcome::invalid(
            {{QStringLiteral("key"), tr("There is no setting named %1.").arg(command.key)}});
    bool isNumber = false;
    const qint64 number = command.value.trimmed().toLongLong(&isNumber);
    if (!isNumber || number < 0)
        return WriteOutcome::invalid({{QStringLiteral("value"), tr("Enter a whole number of 0 or more.")}});

    try {
        Transaction transaction(m_database);
        CommandJournal journal(m_database);
        if (journal.alreadyApplied(command.header.id))
            return WriteOutcome::alreadyApplied();
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
        journal.recordCommand(SaveSetting::name, command.header, command.toJson());
        transaction.commit();
    } catch (const StorageError& error) {
        return WriteOutcome::failed(error.message());
    }
    emit changed(QStringLiteral("setting"), {command.key});
    return WriteOutcome::done(command.baseVersion + 1);
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
