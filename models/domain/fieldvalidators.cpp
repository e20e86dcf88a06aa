#include "fieldvalidators.h"

#include <QRegularExpression>

namespace {

const QString creditCodeAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int creditCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

bool matches(const QString& pattern, const QString& text)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(text).hasMatch();
}

} // namespace

std::optional<QString> FieldValidators::mobilePhone(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter a mobile number.");
    if (!matches(QStringLiteral("1[3-9][0-9]{9}"), value))
        return tr("A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::phone(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter a phone number.");
    if (matches(QStringLiteral("1[3-9][0-9]{9}"), value))
        return std::nullopt;
    if (matches(QStringLiteral("0[1-9][0-9]{1,2}[- ]?[1-9][0-9]{6,7}(-[0-9]{1,6})?"), value))
        return std::nullopt;
    return tr("Enter a mobile number (13812345678) or a landline with its area code (010-12345678).");
}

std::optional<QString> FieldValidators::email(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter an e-mail address.");
    if (value.size() > 254
        || !matches(QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-"
                                   "z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"),
                    value))
        return tr("Enter an e-mail address such as name@example.com.");
    return std::nullopt;
}

QChar FieldValidators::creditCodeCheckCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = creditCodeAlphabet.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * creditCodeWeights[i];
    }
    return creditCodeAlphabet.at((31 - sum % 31) % 31);
}

std::optional<QString> FieldValidators::creditCode(const QString& text)
{
    const QString value = text.trimmed().toUpper();
    if (value.isEmpty())
        return tr("Enter the unified social credit code.");
    if (value.size() != 18)
        return tr("The unified social credit code has 18 characters; this one has %n.", nullptr,
                  int(value.size()));
    for (QChar c : value) {
        if (!creditCodeAlphabet.contains(c))
            return tr("\"%1\" cannot appear in a unified social credit code (the letters I, O, Z, S and V "
                      "are never used).")
                .arg(c);
    }
    const QChar expected = creditCodeCheckCharacter(value.left(17));
    if (value.at(17) != expected)
        return tr("The check character does not match: a code starting %1 ends with %2. Check for a typing "
                  "error.")
            .arg(value.left(17), expected);
    return std::nullopt;
}

std::optional<QString> FieldValidators::postcode(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter a postcode.");
    if (!matches(QStringLiteral("[0-9]{6}"), value))
        return tr("A postcode has six digits, e.g. 100000.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::invoiceNumber(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter the invoice number.");
    if (!matches(QStringLiteral("[0-9]{8}|[0-9]{20}"), value))
        return tr(
            "An invoice number has 8 digits (paper and electronic) or 20 digits (数电), e.g. 04471235.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::trackingNumber(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter the tracking number.");
    if (!matches(QStringLiteral("[0-9A-Za-z]{8,30}"), value))
        return tr("A tracking number has 8 to 30 letters and digits, e.g. SF1234567890123.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::redLetterNumber(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter the red-letter confirmation number.");
    if (!matches(QStringLiteral("[0-9A-Za-z]{8,32}"), value))
        return tr("A red-letter confirmation number has 8 to 32 digits and letters.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::taxpayerId(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("Enter the taxpayer ID.");
    if (!matches(QStringLiteral("[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}"), value))
        return tr("A taxpayer ID has 15, 18 or 20 digits and capital letters, e.g. 91330100MA27XXXX1F.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::bankAccount(const QString& text)
{
    QString value = text.trimmed();
    value.remove(u' ');
    if (value.isEmpty())
        return tr("Enter the bank account number.");
    if (!matches(QStringLiteral("[0-9]{8,32}"), value))
        return tr("A bank account number has 8 to 32 digits.");
    return std::nullopt;
}

std::optional<QString> FieldValidators::requiredText(const QString& text, int maxLength)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("This field is required.");
    if (value.size() > maxLength)
        return tr("At most %n characters, please.", nullptr, maxLength);
    return std::nullopt;
}
