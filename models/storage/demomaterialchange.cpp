#include "demomaterialchange.h"

#include "materialchangerule.h"

#include <QUuid>

#include <algorithm>

QStringList DemoMaterialChange::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("vendor_id"),
            QStringLiteral("kind"),
            QStringLiteral("before_value"),
            QStringLiteral("after_value"),
            QStringLiteral("effective_at"),
            QStringLiteral("report_due_at"),
            QStringLiteral("reported_at"),
            QStringLiteral("recorded_by"),
            QStringLiteral("recorded_at"),
            QStringLiteral("updated_at")};
}

QVariantList DemoMaterialChange::row(const QString& vendorId, const QString& city, qint64 index,
                                     qint64 anchorMs)
{
    struct Kind
    {
        QString key;
        QString before;
        QString after;
    };
    const QList<Kind> kinds {
        {QStringLiteral("legal_representative"), QStringLiteral("王磊"), QStringLiteral("陈静")},
        {QStringLiteral("registered_capital"), QStringLiteral("500 万元"), QStringLiteral("1000 万元")},
        {QStringLiteral("business_scope"), QStringLiteral("软件开发"),
         QStringLiteral("软件开发；信息技术咨询服务；数据处理")},
        {QStringLiteral("registered_address"), city + QStringLiteral("高新区创业大道 88 号"),
         city + QStringLiteral("科技园 2 号楼 501 室")},
    };
    const Kind& kind = kinds.at(int(index % kinds.size()));
    const QDate today = MaterialChangeRule::chinaDate(QDateTime::fromMSecsSinceEpoch(anchorMs, Qt::UTC));
    const QDate effectiveOn = today.addDays(-(1 + index * 11 % 50));
    const QDate reportedOn = index % 3 == 0 ? QDate() : std::min(today, effectiveOn.addDays(index * 9 % 40));
    const qint64 recordedAt
        = MaterialChangeRule::startOfChinaDay(reportedOn.isValid() ? reportedOn : today).toMSecsSinceEpoch();
    // The id is a name-based UUID of the vendor's: drawing it from the random source would shift
    // every row written after.
    const QUuid demoChanges(QStringLiteral("6f1c2a40-0019-4000-8000-000000000000"));
    return {QUuid::createUuidV5(demoChanges, vendorId).toString(QUuid::WithoutBraces),
            vendorId,
            kind.key,
            kind.before,
            kind.after,
            MaterialChangeRule::startOfChinaDay(effectiveOn).toMSecsSinceEpoch(),
            MaterialChangeRule::reportDeadline(effectiveOn).toMSecsSinceEpoch(),
            reportedOn.isValid()
                ? QVariant(MaterialChangeRule::startOfChinaDay(reportedOn).toMSecsSinceEpoch())
                : QVariant(),
            QStringLiteral("user1"),
            recordedAt,
            recordedAt};
}
