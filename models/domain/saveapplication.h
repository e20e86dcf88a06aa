#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "onboardingenums.h"
#include "vendorenums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

/// A file kept with an application: the business licence, an ID card, …
struct ApplicationFile
{
    ApplicationFileKind kind = ApplicationFileKind::Other;
    QString fileName;
    QByteArray content;
};

/// Saves a vendor application (SPEC 2.1) as a draft, or submits it. `baseVersion` 0 creates the
/// application with `applicationId`; otherwise the application the user saw in that version is
/// changed. Files listed replace nothing: they are added to the ones already kept.
struct SaveApplication
{
    Q_DECLARE_TR_FUNCTIONS(SaveApplication)
public:
    static constexpr const char* name = "application.save";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumMainBusinessLength = 2000;
    static constexpr qint64 maximumFileSize = qint64(20) * 1024 * 1024;

    CommandHeader header;
    QString applicationId;
    int baseVersion = 0;
    bool submit = false;

    QString companyName;
    QString contactPerson;
    QString phone;
    QString email;
    VendorCategory category = VendorCategory::Software;
    EntityType entityType = EntityType::Enterprise;
    QString creditCode; ///< enterprises only
    QString province;
    QString city;
    QString mainBusiness;
    bool acceptsEntryAgreement = false; ///< 《服务商入驻协议》
    bool acceptsManagementRules = false; ///< 《服务商管理规范》
    bool acceptsPlatformAgreement = false; ///< 《平台协议》
    QStringList marketIds;
    int serviceStaffCount = 0;
    QString serviceHours;
    QString warrantyPeriod;
    QList<ApplicationFile> files; ///< in the JSON by kind, name and size only
    /// Kinds of the files the application already keeps, so a submit can tell whether the
    /// qualification material is complete. Not part of the JSON; the service fills it.
    QList<ApplicationFileKind> keptFileKinds;

    bool acceptsAllAgreements() const
    {
        return acceptsEntryAgreement && acceptsManagementRules && acceptsPlatformAgreement;
    }
    /// The problems a field has, keyed by field name. A draft needs only a company name and fields
    /// that are typed in well-formed; a submission needs everything SPEC 2.1 requires.
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveApplication fromJson(const QJsonObject& json);
};
