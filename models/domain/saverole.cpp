#include "saverole.h"

#include "fieldvalidators.h"

#include <QRegularExpression>

bool SaveRole::isReservedKey(const QString& key)
{
    static const QStringList reserved {QStringLiteral("reviewer"), QStringLiteral("clerk"),
                                       QStringLiteral("delivery"), QStringLiteral("entry"),
                                       QStringLiteral("admin"),    QStringLiteral("user")};
    return reserved.contains(key);
}

FieldErrors SaveRole::validate() const
{
    FieldErrors errors;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (key.size() > maximumKeyLength || !keyPattern.match(key).hasMatch())
        errors.append({QStringLiteral("key"),
                       tr("A role key is 1 to %1 lower-case letters, digits or underscores, starting with a "
                          "letter.")
                           .arg(maximumKeyLength)});
    else if (isReservedKey(key))
        errors.append({QStringLiteral("key"), tr("\"%1\" is a built-in role; choose another key.").arg(key)});
    if (auto error = FieldValidators::requiredText(displayName, maximumNameLength))
        errors.append({QStringLiteral("name"), *error});
    if (permissions.isEmpty())
        errors.append({QStringLiteral("permissions"), tr("Grant the role at least one permission.")});
    return errors;
}
