#include "saveapplication.h"

#include "chinaregions.h"
#include "fieldvalidators.h"

#include <QJsonArray>

namespace {

void check(FieldErrors& errors, const char* field, const std::optional<QString>& error)
{
    if (error)
        errors.append({QLatin1String(field), *error});
}

} // namespace

FieldErrors SaveApplication::validate() const
{
    FieldErrors errors;
    check(errors, "company_name", FieldValidators::requiredText(companyName, 100));
    const auto typed = [this](const QString& text) { return submit || !text.trimmed().isEmpty(); };
    if (typed(contactPerson))
        check(errors, "contact_person", FieldValidators::requiredText(contactPerson, 50));
    if (typed(phone))
        check(errors, "phone", FieldValidators::phone(phone));
    if (typed(email))
        check(errors, "email", FieldValidators::email(email));
    if (entityType == EntityType::Enterprise && typed(creditCode))
        check(errors, "credit_code", FieldValidators::creditCode(creditCode));
    if (typed(province) || typed(city)) {
        if (!ChinaRegions::builtIn().contains(province, city))
            errors.append(
                {QStringLiteral("city"), tr("Choose the province and then the city of registration.")});
    }
    if (mainBusiness.trimmed().size() > maximumMainBusinessLength)
        errors.append(
            {QStringLiteral("main_business"),
             tr("The main business may have at most %1 characters.").arg(maximumMainBusinessLength)});
    if (serviceStaffCount < 0)
        errors.append(
            {QStringLiteral("service_staff_count"), tr("The number of service staff cannot be negative.")});
    for (const ApplicationFile& file : files) {
        if (file.content.size() > maximumFileSize)
            errors.append({QStringLiteral("files"), tr("%1 is larger than 20 MB.").arg(file.fileName)});
    }
    if (!submit)
        return errors;

    if (mainBusiness.trimmed().isEmpty())
        errors.append({QStringLiteral("main_business"), tr("Describe the main business and strengths.")});
    if (marketIds.isEmpty())
        errors.append({QStringLiteral("markets"), tr("Choose at least one market to enter.")});
    if (serviceStaffCount == 0)
        errors.append({QStringLiteral("service_staff_count"), tr("Register the number of service staff.")});
    if (serviceHours.trimmed().isEmpty())
        errors.append({QStringLiteral("service_hours"), tr("Register the service hours, e.g. 5×8 or 7×24.")});
    if (warrantyPeriod.trimmed().isEmpty())
        errors.append({QStringLiteral("warranty_period"), tr("Register the warranty period.")});
    if (!acceptsAllAgreements())
        errors.append(
            {QStringLiteral("agreements"), tr("All three agreements must be accepted before submitting.")});
    QList<ApplicationFileKind> kinds = keptFileKinds;
    for (const ApplicationFile& file : files)
        kinds << file.kind;
    if (entityType == EntityType::Enterprise
        && !(kinds.contains(ApplicationFileKind::BusinessLicence)
             && kinds.contains(ApplicationFileKind::LegalRepresentativeId)))
        errors.append({QStringLiteral("files"),
                       tr("An enterprise attaches its business licence and the legal representative's ID.")});
    if (entityType == EntityType::Individual && !kinds.contains(ApplicationFileKind::IdCard))
        errors.append({QStringLiteral("files"), tr("An individual vendor attaches an ID card.")});
    return errors;
}

QJsonObject SaveApplication::toJson() const
{
    QJsonObject json = header.toJson(name, schemaVersion);
    json.insert(QStringLiteral("applicationId"), applicationId);
    json.insert(QStringLiteral("baseVersion"), baseVersion);
    json.insert(QStringLiteral("submit"), submit);
    json.insert(QStringLiteral("companyName"), companyName);
    json.insert(QStringLiteral("contactPerson"), contactPerson);
    json.insert(QStringLiteral("phone"), phone);
    json.insert(QStringLiteral("email"), email);
    json.insert(QStringLiteral("category"), enumKey(category));
    json.insert(QStringLiteral("entityType"), enumKey(entityType));
    json.insert(QStringLiteral("creditCode"), creditCode);
    json.insert(QStringLiteral("province"), province);
    json.insert(QStringLiteral("city"), city);
    json.insert(QStringLiteral("mainBusiness"), mainBusiness);
    json.insert(QStringLiteral("acceptsEntryAgreement"), acceptsEntryAgreement);
    json.insert(QStringLiteral("acceptsManagementRules"), acceptsManagementRules);
    json.insert(QStringLiteral("acceptsPlatformAgreement"), acceptsPlatformAgreement);
    json.insert(QStringLiteral("marketIds"), QJsonArray::fromStringList(marketIds));
    json.insert(QStringLiteral("serviceStaffCount"), serviceStaffCount);
    json.insert(QStringLiteral("serviceHours"), serviceHours);
    json.insert(QStringLiteral("warrantyPeriod"), warrantyPeriod);
    QJsonArray list;
    for (const ApplicationFile& file : files)
        list.append(QJsonObject {{QStringLiteral("kind"), enumKey(file.kind)},
                                 {QStringLiteral("fileName"), file.fileName},
                                 {QStringLiteral("size"), QString::number(file.content.size())}});
    if (!list.isEmpty())
        json.insert(QStringLiteral("files"), list);
    return json;
}

SaveApplication SaveApplication::fromJson(const QJsonObject& json)
{
    SaveApplication command;
    command.header = CommandHeader::fromJson(json);
    command.applicationId = json.value(QStringLiteral("applicationId")).toString();
    command.baseVersion = json.value(QStringLiteral("baseVersion")).toInt();
    command.submit = json.value(QStringLiteral("submit")).toBool();
    command.companyName = json.value(QStringLiteral("companyName")).toString();
    command.contactPerson = json.value(QStringLiteral("contactPerson")).toString();
    command.phone = json.value(QStringLiteral("phone")).toString();
    command.email = json.value(QStringLiteral("email")).toString();
    command.category = enumFromKey<VendorCategory>(json.value(QStringLiteral("category")).toString())
                           .value_or(VendorCategory::Software);
    command.entityType = enumFromKey<EntityType>(json.value(QStringLiteral("entityType")).toString())
                             .value_or(EntityType::Enterprise);
    command.creditCode = json.value(QStringLiteral("creditCode")).toString();
    command.province = json.value(QStringLiteral("province")).toString();
    command.city = json.value(QStringLiteral("city")).toString();
    command.mainBusiness = json.value(QStringLiteral("mainBusiness")).toString();
    command.acceptsEntryAgreement = json.value(QStringLiteral("acceptsEntryAgreement")).toBool();
    command.acceptsManagementRules = json.value(QStringLiteral("acceptsManagementRules")).toBool();
    command.acceptsPlatformAgreement = json.value(QStringLiteral("acceptsPlatformAgreement")).toBool();
    for (const auto& id : json.value(QStringLiteral("marketIds")).toArray())
        command.marketIds << id.toString();
    command.serviceStaffCount = json.value(QStringLiteral("serviceStaffCount")).toInt();
    command.serviceHours = json.value(QStringLiteral("serviceHours")).toString();
    command.warrantyPeriod = json.value(QStringLiteral("warrantyPeriod")).toString();
    for (const auto& value : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        command.files.append({enumFromKey<ApplicationFileKind>(file.value(QStringLiteral("kind")).toString())
                                  .value_or(ApplicationFileKind::Other),
                              file.value(QStringLiteral("fileName")).toString(),
                              {}});
    }
    return command;
}
