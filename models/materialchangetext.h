#pragma once

#include "materialchangerule.h"
#include "onboardingenums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

/// The texts of vendors' material changes (SPEC 2.5), translated.
class MaterialChangeText
{
    Q_DECLARE_TR_FUNCTIONS(MaterialChangeText)
public:
    static QString name(MaterialChangeKind kind);
    /// (key, display name) of every kind, in display order.
    static QList<std::pair<QString, QString>> kindEntries();
    /// Where the report stands: "due 2026-12-24, 5 d 3 h left", "overdue 2 d 1 h (due 2026-12-24)",
    /// "reported 2026-12-01", "reported 2026-12-30, 6 days late". Days are China dates.
    static QString reportText(QDate effectiveOn, QDate reportedOn, const QDateTime& nowUtc);
};
