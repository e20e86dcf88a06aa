#pragma once

#include "contractenums.h"
#include "money.h"
#include "partyadetails.h"

#include <QDate>
#include <QList>
#include <QString>

/// Everything a contract's text says, gathered from the draft and the database.
struct ContractDocument
{
    struct Line
    {
        QString orderNo;
        QString productName;
        QString orderType; ///< display name, e.g. 新购
        Money amount; ///< negative for a refund order
    };
    struct PartyB
    {
        QString name;
        QString creditCode;
        QString address;
        QString contact;
        QString phone;
        QString email;
    };

    QString contractNo;
    ContractKind kind = ContractKind::Framework;
    SealMethod seal = SealMethod::OneSided;
    PartyADetails partyA;
    PartyB partyB;
    QDate validFrom;
    QDate validUntil;
    QString frameworkNo; ///< the framework contract an order or filing contract stands under
    QString filingProject;
    QList<Line> lines;

    Money total() const;
};

/// The contract text, generated from the template of the contract's kind (resources
/// :/contracttemplates/<kind>.html with the shared parts <name>.part.html, kept as data). The text is in
/// Chinese whatever the interface language, because it is the legal text both parties sign; once the
/// signature is confirmed the stored text never changes.
class ContractText
{
public:
    /// HTML for QTextDocument; every value is escaped.
    static QString render(const ContractDocument& document);
};
