#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

/// An audit-log entry as a person reads it in a record's History tab, in the interface's language:
/// its step ("Suspended", "Deposit payment") and its change, one line per field ("Status: Active →
/// Suspended"). Identifiers and bookkeeping columns are left out; a key it does not know is shown as
/// stored, so that nothing recorded is hidden.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    /// `action` of an entry about `entity` ("vendor", "invoice_request", "deposit_entry", …).
    static QString step(const QString& entity, const QString& action);
    /// The fields of `afterJson` (objects as the audit log stores them), each with its value in
    /// `beforeJson` when that was recorded and differs; a field whose value stayed is left out.
    static QString change(const QString& entity, const QString& beforeJson, const QString& afterJson);

private:
    /// (key, name) of every field the audit log records, in the order a change lists them.
    static QList<std::pair<QString, QString>> fields();
    static QString valueText(const QString& entity, const QString& key, const QJsonValue& value);
};
