#include "demoapplicationwriter.h"

#include "batchinserter.h"
#include "demorandom.h"
#include "demovocabulary.h"
#include "query.h"

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

} // namespace

void DemoApplicationWriter::write(Database& database, DemoRandom& random, qint64 anchorMs, qint64 count,
                                  const std::function<void()>& written)
{
    BatchInserter applications(database, QStringLiteral("applications"),
                               {QStringLiteral("id"),
                                QStringLiteral("company_name"),
                                QStringLiteral("contact_person"),
                                QStringLiteral("phone"),
                                QStringLiteral("email"),
                                QStringLiteral("category"),
                                QStringLiteral("entity_type"),
                                QStringLiteral("credit_code"),
                                QStringLiteral("province"),
                                QStringLiteral("city"),
                                QStringLiteral("main_business"),
                                QStringLiteral("agreements_accepted"),
                                QStringLiteral("accepts_entry_agreement"),
                                QStringLiteral("accepts_management_rules"),
                                QStringLiteral("accepts_platform_agreement"),
                                QStringLiteral("service_staff_count"),
                                QStringLiteral("service_hours"),
                                QStringLiteral("warranty_period"),
                                QStringLiteral("status"),
                                QStringLiteral("submitted_at"),
                                QStringLiteral("created_at"),
                                QStringLiteral("updated_at")});
    const QStringList states {QStringLiteral("draft"), QStringLiteral("submitted"),
                              QStringLiteral("under_review"), QStringLiteral("approved"),
                              QStringLiteral("rejected")};
    for (qint64 i = 0; i < count; ++i) {
        const DemoPlace& place
            = DemoVocabulary::places().at(random.below(int(DemoVocabulary::places().size())));
        const QString& status = states.at(i % states.size());
        const qint64 created = anchorMs - random.between(1, 60) * dayMs;
        applications.add({random.uuid(),
                          place.city + random.pick(DemoVocabulary::companyWords())
                              + random.pick(DemoVocabulary::companyTrades()) + QStringLiteral("有限公司"),
                          DemoVocabulary::personName(random),
                          random.mobile(),
                          QStringLiteral("apply%1@example.cn").arg(i),
                          QStringLiteral("software"),
                          QStringLiteral("enterprise"),
                          DemoVocabulary::creditCode(random),
                          place.province,
                          place.city,
                          QStringLiteral("云上软件交付与运维，7×24 小时技术支持"),
                          status != QStringLiteral("draft"),
                          status != QStringLiteral("draft"),
                          status != QStringLiteral("draft"),
                          status != QStringLiteral("draft"),
                          10 + random.below(90),
                          QStringLiteral("7×24"),
                          QStringLiteral("12 个月"),
                          status,
                          status == QStringLiteral("draft") ? QVariant() : QVariant(created + dayMs),
                          created,
                          created});
        written();
    }
    applications.flush();
    // Every demo applicant asks for the software market, whose checklist the reviewer then sees.
    Query(database,
          QStringLiteral("INSERT INTO application_markets (application_id, market_id) "
                         "SELECT id, '6f1c2a40-0001-4000-8000-000000000001' FROM applications"))
        .exec();
}
