#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Checks of single input fields. Each returns nothing when the text is acceptable, else a
/// translated message that says what is wrong and how it should look. Inputs are trimmed first.
class FieldValidators
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidators)
public:
    /// Mainland mobile (1[3-9] + 9 digits) or landline with area code (010-12345678, 0571 8888888,
    /// optional extension "-123").
    static std::optional<QString> phone(const QString& text);
    static std::optional<QString> mobilePhone(const QString& text);
    static std::optional<QString> email(const QString& text);
    /// The 18-character unified social credit code (统一社会信用代码), which is also the taxpayer
    /// ID, including its GB 32100-2015 check character.
    static std::optional<QString> creditCode(const QString& text);
    /// Six-digit mainland postcode.
    static std::optional<QString> postcode(const QString& text);
    /// A paper or electronic invoice number (8 digits) or a fully digitalised one (20 digits).
    static std::optional<QString> invoiceNumber(const QString& text);
    /// A courier's tracking number: 8 to 30 letters and digits.
    static std::optional<QString> trackingNumber(const QString& text);
    /// A red-letter confirmation number (红字确认单号): 8 to 32 digits and letters.
    static std::optional<QString> redLetterNumber(const QString& text);
    /// A taxpayer ID (纳税人识别号): 15, 18 or 20 digits and capital letters.
    static std::optional<QString> taxpayerId(const QString& text);
    /// A bank account number: 8 to 32 digits, spaces allowed between groups.
    static std::optional<QString> bankAccount(const QString& text);
    /// Non-empty after trimming and at most maxLength characters.
    static std::optional<QString> requiredText(const QString& text, int maxLength);

    /// The check character the first 17 characters of a credit code call for, or a null QChar when
    /// they contain a character outside the code's alphabet.
    static QChar creditCodeCheckCharacter(const QString& first17);
};
