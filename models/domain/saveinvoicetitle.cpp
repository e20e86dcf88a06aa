#include "saveinvoicetitle.h"

#include "fieldvalidators.h"

FieldErrors SaveInvoiceTitle::validate() const
{
    FieldErrors errors;
    const auto check = [&errors](const char* field, const std::optional<QString>& error) {
        if (error)
            errors.append({QLatin1String(field), *error});
    };
    switch (kind) {
    case TitleKind::Personal:
        if (title.trimmed() != QStringLiteral("个人"))
            errors.append({QStringLiteral("title"), tr("A personal title is always 个人.")});
        break;
    case TitleKind::Organisation:
        check("title", FieldValidators::requiredText(title, maximumTitleLength));
        if (!taxpayerId.trimmed().isEmpty())
            check("taxpayer_id", FieldValidators::taxpayerId(taxpayerId));
        break;
    case TitleKind::Enterprise:
        check("title", FieldValidators::requiredText(title, maximumTitleLength));
        check("taxpayer_id", FieldValidators::taxpayerId(taxpayerId));
        check("bank", FieldValidators::requiredText(bank, 100));
        check("account", FieldValidators::bankAccount(account));
        check("registered_address", FieldValidators::requiredText(registeredAddress, 200));
        check("registered_phone", FieldValidators::phone(registeredPhone));
        break;
    }
    return errors;
}

QJsonObject SaveInvoiceTitle::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("buyerId"), buyerId);
    json.insert(QStringLiteral("titleId"), titleId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("kind"), enumKey(kind));
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("taxpayerId"), taxpayerId);
    json.insert(QStringLiteral("bank"), bank);
    json.insert(QStringLiteral("account"), account);
    json.insert(QStringLiteral("registeredAddress"), registeredAddress);
    json.insert(QStringLiteral("registeredPhone"), registeredPhone);
    return json;
}

SaveInvoiceTitle SaveInvoiceTitle::fromJson(const QJsonObject& json)
{
    SaveInvoiceTitle command;
    command.header = CommandHeader::fromJson(json);
    const auto get = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    command.buyerId = get("buyerId");
    command.titleId = get("titleId");
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.kind = enumFromKey<TitleKind>(get("kind")).value_or(TitleKind::Enterprise);
    command.title = get("title");
    command.taxpayerId = get("taxpayerId");
    command.bank = get("bank");
    command.account = get("account");
    command.registeredAddress = get("registeredAddress");
    command.registeredPhone = get("registeredPhone");
    return command;
}
