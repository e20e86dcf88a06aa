#include "contractdraftconflict.h"

#include "conflictdialog.h"
#include "domaintext.h"

QList<std::pair<QString, QString>> ContractDraftConflict::fields()
{
    return {
        {QStringLiteral("buyer"), tr("Buyer")},
        {QStringLiteral("vendor"), tr("Vendor (party B)")},
        {QStringLiteral("kind"), tr("Type")},
        {QStringLiteral("seal"), tr("Seal method")},
        {QStringLiteral("orders"), tr("Orders")},
        {QStringLiteral("filingProject"), tr("Project filed")},
        {QStringLiteral("partyName"), tr("Name")},
        {QStringLiteral("partyAddress"), tr("Address")},
        {QStringLiteral("partyContact"), tr("Contact")},
        {QStringLiteral("partyPhone"), tr("Phone")},
        {QStringLiteral("partyEmail"), tr("E-mail")},
        {QStringLiteral("validFrom"), tr("Valid from")},
        {QStringLiteral("validUntil"), tr("Valid until")},
    };
}

QHash<QString, QString> ContractDraftConflict::values(const ContractRepository::Detail& draft,
                                                      const QHash<QString, QString>& orderNumbers)
{
    QStringList orders;
    for (const QString& id : draft.orderIds)
        orders << orderNumbers.value(id, id);
    orders.sort();
    return {
        {QStringLiteral("buyer"), draft.buyer.customerNo},
        {QStringLiteral("vendor"), draft.vendor.name},
        {QStringLiteral("kind"), DomainText::name(draft.kind)},
        {QStringLiteral("seal"), DomainText::name(draft.seal)},
        {QStringLiteral("orders"), orders.join(QStringLiteral(", "))},
        {QStringLiteral("filingProject"), draft.filingProject},
        {QStringLiteral("partyName"), draft.partyA.name},
        {QStringLiteral("partyAddress"), draft.partyA.address},
        {QStringLiteral("partyContact"), draft.partyA.contact},
        {QStringLiteral("partyPhone"), draft.partyA.phone},
        {QStringLiteral("partyEmail"), draft.partyA.email},
        {QStringLiteral("validFrom"), draft.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("validUntil"), draft.validUntil.toString(Qt::ISODate)},
    };
}

void ContractDraftConflict::copyField(const QString& key, const ContractRepository::Detail& from,
                                      ContractRepository::Detail& to)
{
    if (key == QLatin1String("buyer"))
        to.buyer = from.buyer;
    else if (key == QLatin1String("vendor"))
        to.vendor = from.vendor;
    else if (key == QLatin1String("kind"))
        to.kind = from.kind;
    else if (key == QLatin1String("seal"))
        to.seal = from.seal;
    else if (key == QLatin1String("orders"))
        to.orderIds = from.orderIds;
    else if (key == QLatin1String("filingProject"))
        to.filingProject = from.filingProject;
    else if (key == QLatin1String("partyName"))
        to.partyA.name = from.partyA.name;
    else if (key == QLatin1String("partyAddress"))
        to.partyA.address = from.partyA.address;
    else if (key == QLatin1String("partyContact"))
        to.partyA.contact = from.partyA.contact;
    else if (key == QLatin1String("partyPhone"))
        to.partyA.phone = from.partyA.phone;
    else if (key == QLatin1String("partyEmail"))
        to.partyA.email = from.partyA.email;
    else if (key == QLatin1String("validFrom"))
        to.validFrom = from.validFrom;
    else if (key == QLatin1String("validUntil"))
        to.validUntil = from.validUntil;
}

ContractRepository::Detail ContractDraftConflict::draftOf(const ContractRepository::Detail& opened,
                                                          const SaveContractDraft& form,
                                                          const ContractRepository::Buyer& buyer,
                                                          const QString& vendorName)
{
    ContractRepository::Detail draft = opened;
    draft.buyer = buyer;
    draft.vendor = {form.vendorId, vendorName};
    draft.kind = form.kind;
    draft.seal = form.seal;
    draft.orderIds = form.orderIds;
    draft.lines.clear(); // they belong to the orders saved, not to these
    draft.partyA = form.partyA;
    draft.validFrom = form.validFrom;
    draft.validUntil = form.validUntil;
    draft.filingProject = form.filingProject;
    return draft;
}

std::optional<ContractDraftConflict::Resolution> ContractDraftConflict::resolve(
    const ContractRepository::Detail& opened, const ContractRepository::Detail& theirs,
    const ContractRepository::Detail& mine, const QHash<QString, QString>& orderNumbers, QWidget* parent)
{
    // Their orders are known by number from their lines, the form's from the orders it offers.
    QHash<QString, QString> numbers = orderNumbers;
    for (const ContractRepository::Detail* draft : {&opened, &theirs}) {
        for (qsizetype i = 0; i < draft->orderIds.size() && i < draft->lines.size(); ++i)
            numbers.insert(draft->orderIds.at(i), draft->lines.at(i).orderNo);
    }
    const auto chosen = ConflictDialog::resolve(fields(), values(opened, numbers), values(theirs, numbers),
                                                values(mine, numbers), parent);
    if (!chosen)
        return std::nullopt;
    ContractRepository::Detail draft = theirs;
    for (const QString& key : chosen->reapplied)
        copyField(key, mine, draft);
    return Resolution {draft, chosen->note};
}
