#include "listingtext.h"

#include <QLocale>
#include <QStringList>

QString ListingText::name(ListingCheck item)
{
    switch (item) {
    case ListingCheck::DepositPaid:
        return tr("The vendor's deposit is paid in full");
    case ListingCheck::SecurityReview:
        return tr("The product passed the security review");
    case ListingCheck::TermsShown:
        return tr("A product agreement or service terms are shown to buyers");
    case ListingCheck::OpenSourceLicences:
        return tr("Open-source licences are respected");
    case ListingCheck::ConsistentListing:
        return tr("Title, pictures, attributes, price and description match each other");
    case ListingCheck::NoOutsideLinks:
        return tr("The description embeds no link outside the platform");
    case ListingCheck::PartnerPage:
        return tr("The vendor's website has a page for the product that states the partnership and links "
                  "back to it");
    case ListingCheck::DelistingPlan:
        return tr("A delisting plan says how buyers keep using it and how ownership moves");
    case ListingCheck::DescriptionRules:
        return tr("No exaggeration, no selling outside the marketplace, no separate user registration");
    }
    return {};
}

QString ListingText::name(ListingWordCheck::Kind kind)
{
    switch (kind) {
    case ListingWordCheck::Kind::Exaggeration:
        return tr("exaggeration");
    case ListingWordCheck::Kind::OutsideLink:
        return tr("link outside the platform");
    case ListingWordCheck::Kind::OutsideSale:
        return tr("selling outside the marketplace");
    case ListingWordCheck::Kind::SeparateRegistration:
        return tr("separate registration");
    }
    return {};
}

QString ListingText::summary(const QList<ListingWordCheck::Finding>& findings)
{
    if (findings.isEmpty())
        return tr("Nothing flagged");
    QStringList parts;
    for (const ListingWordCheck::Finding& finding : findings)
        parts << tr("%1 (%2)").arg(finding.text, name(finding.kind));
    return QLocale().createSeparatedList(parts);
}

QString ListingText::markedHtml(const QString& description, const QList<ListingWordCheck::Finding>& findings)
{
    QString html;
    int from = 0;
    for (const ListingWordCheck::Finding& finding : findings) {
        if (finding.position < from)
            continue; // overlaps the one marked before
        html += description.mid(from, finding.position - from).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:#ffd54f\" title=\"%1\">%2</span>")
                    .arg(name(finding.kind).toHtmlEscaped(), finding.text.toHtmlEscaped());
        from = finding.position + int(finding.text.size());
    }
    html += description.mid(from).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}
