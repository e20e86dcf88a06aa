#include "onboardingfixture.h"

#include "applicationservice.h"
#include "depositservice.h"
#include "fieldvalidators.h"
#include "testsql.h"

#include <QTimeZone>
#include <QUuid>

QDateTime OnboardingFixture::chinaTime(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

CommandHeader OnboardingFixture::header(const QDateTime& at)
{
    return {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"), at};
}

QString OnboardingFixture::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString OnboardingFixture::creditCode(const QString& first17)
{
    return first17 + FieldValidators::creditCodeCheckCharacter(first17);
}

SaveApplication OnboardingFixture::application(const QString& name, const QString& code, const QDateTime& at)
{
    SaveApplication command;
    command.header = header(at);
    command.applicationId = newId();
    command.submit = true;
    command.companyName = name;
    command.contactPerson = QStringLiteral("王磊");
    command.phone = QStringLiteral("13812345678");
    command.email = QStringLiteral("wang@example.cn");
    command.creditCode = code;
    command.province = QStringLiteral("浙江省");
    command.city = QStringLiteral("杭州市");
    command.mainBusiness = QStringLiteral("企业软件");
    command.acceptsEntryAgreement = command.acceptsManagementRules = command.acceptsPlatformAgreement = true;
    command.marketIds = {softwareMarket, serviceMarket};
    command.serviceStaffCount = 20;
    command.serviceHours = QStringLiteral("7×24");
    command.warrantyPeriod = QStringLiteral("12 个月");
    command.files = {{ApplicationFileKind::BusinessLicence, QStringLiteral("licence.pdf"), "%PDF-1.4"},
                     {ApplicationFileKind::LegalRepresentativeId, QStringLiteral("id.png"), "png"}};
    return command;
}

VendorId OnboardingFixture::approvedVendor(ApplicationService& service, const QString& name,
                                           const QString& code, const QDateTime& at)
{
    const SaveApplication submit = application(name, code, at);
    if (service.save(submit).kind != WriteOutcome::Kind::Done)
        return {};
    service.decide({header(at), submit.applicationId, 1, ApplicationAction::StartReview, {}, {}});
    const VendorId vendor(QUuid::createUuid());
    const WriteOutcome outcome = service.decide(
        {header(at), submit.applicationId, 2, ApplicationAction::Approve, QStringLiteral("测试"), vendor});
    return outcome.kind == WriteOutcome::Kind::Done ? vendor : VendorId();
}

RecordDepositEntry OnboardingFixture::depositEntry(const VendorId& vendor, DepositEntryKind kind, qint64 yuan,
                                                   const QDateTime& at)
{
    RecordDepositEntry command;
    command.header = header(at);
    command.entryId = newId();
    command.vendorId = vendor;
    command.kind = kind;
    command.amount = Money::fromYuan(yuan);
    command.reason = QStringLiteral("测试");
    if (kind == DepositEntryKind::Payment || kind == DepositEntryKind::TopUp)
        command.receiptNo = QStringLiteral("BZJ-") + command.entryId.left(8);
    return command;
}

RecordViolation OnboardingFixture::violation(const VendorId& vendor, const QDateTime& processedAt)
{
    RecordViolation command;
    command.header = header(processedAt);
    command.violationId = newId();
    command.vendorId = vendor;
    command.violationTypeId = offPlatformTrade;
    command.occurredOn = processedAt.toTimeZone(QTimeZone(8 * 3600)).date().addDays(-1);
    command.description = QStringLiteral("引导买家线下交易");
    command.evidence = {{QStringLiteral("chat.png"), "png"}};
    return command;
}

QString OnboardingFixture::vendorStatus(Database& database, const VendorId& vendor)
{
    return TestSql::scalar(
        database, QStringLiteral("SELECT status FROM vendors WHERE id = '%1'").arg(vendor.toString()));
}

VendorId OnboardingFixture::approvedVendor(Database& database, const QString& name, const QString& code,
                                           const QDateTime& at)
{
    ApplicationService service(database);
    return approvedVendor(service, name, code, at);
}

VendorId OnboardingFixture::shortVendor(Database& database, const QString& name, const QString& creditCode)
{
    const VendorId vendor = approvedVendor(database, name, creditCode, chinaTime(2026, 1, 5));
    DepositService deposits(database);
    const bool recorded = !vendor.isNull()
        && deposits.record(depositEntry(vendor, DepositEntryKind::Payment, 20000, chinaTime(2026, 1, 6)))
               .succeeded()
        && deposits.record(depositEntry(vendor, DepositEntryKind::Deduction, 2000, chinaTime(2026, 11, 23)))
               .succeeded();
    return recorded ? vendor : VendorId();
}
