#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Reasons MarketDesk gives by its rules (a suspension for a deposit shortfall, a listing delisted
/// for dormancy), kept as language-free codes beside the reason column a person writes in, and put
/// into words when read, so that a team whose members use different languages each reads them in
/// their own. A code is a key, or a key and an argument after a colon: "dormant:3".
class SystemReason
{
    Q_DECLARE_TR_FUNCTIONS(SystemReason)
public:
    static QString depositShortfall(QDate settlementDay);
    static QString depositToppedUp();
    static QString dormant(int idleMonths);
    static QString vendorExpelled();
    static QString deductionsWithinYear(int deductions);

    /// The reason to show: `code` in words in the interface's language, or `text` when there is no
    /// code (a person's reason, or one written before codes were kept); an unknown code as stored.
    static QString shown(const QString& code, const QString& text);
};
