#include "materialchangetext.h"

#include "domaintext.h"

QString MaterialChangeText::name(MaterialChangeKind kind)
{
    switch (kind) {
    case MaterialChangeKind::CompanyName:
        return tr("Company name");
    case MaterialChangeKind::LegalRepresentative:
        return tr("Legal representative");
    case MaterialChangeKind::RegisteredAddress:
        return tr("Registered address");
    case MaterialChangeKind::RegisteredCapital:
        return tr("Registered capital");
    case MaterialChangeKind::BusinessScope:
        return tr("Business scope");
    case MaterialChangeKind::Ownership:
        return tr("Shareholders or controller");
    case MaterialChangeKind::Other:
        return tr("Other material change");
    }
    return {};
}

QList<std::pair<QString, QString>> MaterialChangeText::kindEntries()
{
    QList<std::pair<QString, QString>> entries;
    for (MaterialChangeKind kind : enumValues<MaterialChangeKind>())
        entries.append({enumKey(kind), name(kind)});
    return entries;
}

QString MaterialChangeText::reportText(QDate effectiveOn, QDate reportedOn, const QDateTime& nowUtc)
{
    const QDate lastDay = effectiveOn.addDays(MaterialChangeRule::reportDays);
    const QString dueDay = lastDay.toString(Qt::ISODate);
    switch (MaterialChangeRule::state(effectiveOn, reportedOn, nowUtc)) {
    case MaterialChangeRule::ReportState::Due:
    case MaterialChangeRule::ReportState::Overdue:
        return tr("due %1, %2")
            .arg(dueDay,
                 DomainText::timeLeft(MaterialChangeRule::reportDeadline(effectiveOn).toMSecsSinceEpoch(),
                                      nowUtc.toMSecsSinceEpoch()));
    case MaterialChangeRule::ReportState::InTime:
        return tr("reported %1").arg(reportedOn.toString(Qt::ISODate));
    case MaterialChangeRule::ReportState::Late:
        return tr("reported %1, %n day(s) late", nullptr, int(lastDay.daysTo(reportedOn)))
            .arg(reportedOn.toString(Qt::ISODate));
    }
    return {};
}
