#pragma once

#include "listingwordcheck.h"
#include "orderenums.h"

#include <QCoreApplication>
#include <QString>

/// The listing review's texts (SPEC 3.1), translated: the checklist items and what the wording
/// check flags.
class ListingText
{
    Q_DECLARE_TR_FUNCTIONS(ListingText)
public:
    static QString name(ListingCheck item);
    static QString name(ListingWordCheck::Kind kind);
    /// "唯一 (exaggeration), www.example.com (link outside the platform)", or "Nothing flagged".
    static QString summary(const QList<ListingWordCheck::Finding>& findings);
    /// `description` as HTML with each finding marked.
    static QString markedHtml(const QString& description, const QList<ListingWordCheck::Finding>& findings);
};
