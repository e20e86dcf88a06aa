#include "systemreason.h"

namespace {

const QString shortfallKey = QStringLiteral("deposit_shortfall");
const QString toppedUpKey = QStringLiteral("deposit_topped_up");
const QString dormantKey = QStringLiteral("dormant");
const QString expelledKey = QStringLiteral("vendor_expelled");
const QString deductionsKey = QStringLiteral("deductions_within_year");

QString withArgument(const QString& key, const QString& argument)
{
    return key + QLatin1Char(':') + argument;
}

} // namespace

QString SystemReason::depositShortfall(QDate settlementDay)
{
    return withArgument(shortfallKey, settlementDay.toString(Qt::ISODate));
}

QString SystemReason::depositToppedUp()
{
    return toppedUpKey;
}

QString SystemReason::dormant(int idleMonths)
{
    return withArgument(dormantKey, QString::number(idleMonths));
}

QString SystemReason::vendorExpelled()
{
    return expelledKey;
}

QString SystemReason::deductionsWithinYear(int deductions)
{
    return withArgument(deductionsKey, QString::number(deductions));
}

QString SystemReason::shown(const QString& code, const QString& text)
{
    if (code.isEmpty())
        return text;
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    const QString key = colon < 0 ? code : code.left(colon);
    const QString argument = colon < 0 ? QString() : code.mid(colon + 1);
    if (key == shortfallKey)
        return tr("Deposit not topped up and still short after the settlement of %1").arg(argument);
    if (key == toppedUpKey)
        return tr("Deposit topped up");
    if (key == dormantKey)
        return tr("No order for %n consecutive month(s)", nullptr, argument.toInt());
    if (key == expelledKey)
        return tr("Vendor expelled");
    if (key == deductionsKey)
        return tr("%n deduction(s) within twelve months", nullptr, argument.toInt());
    return code;
}
