#pragma once

#include "attachmentstore.h"
#include "cataloguerepository.h"
#include "onboardingenums.h"
#include "reentryrule.h"
#include "tablespec.h"
#include "vendorenums.h"

#include <QStringList>

#include <optional>

class Database;

/// Reads vendor applications for the review queue and the review dialog. Methods throw StorageError.
class ApplicationRepository
{
public:
    /// Columns of the Applications page, in display order: who, where in the review and how long
    /// it has waited come first, in sight without scrolling sideways.
    enum Column {
        CompanyName,
        Status,
        Waiting, ///< since submission; shown only while the application awaits the reviewer
        CreditCode,
        ContactPerson,
        Phone,
        Category,
        Location,
        SubmittedAt,
        ColumnCount
    };

    struct Check
    {
        CatalogueRepository::Condition condition;
        bool ticked = false;
        QString note;
        QString checkedBy;
        qint64 checkedAtMs = 0;
    };

    struct Detail
    {
        QString id;
        int version = 0;
        ApplicationStatus status = ApplicationStatus::Draft;
        QString companyName;
        QString contactPerson;
        QString phone;
        QString email;
        VendorCategory category = VendorCategory::Software;
        EntityType entityType = EntityType::Enterprise;
        QString creditCode;
        QString province;
        QString city;
        QString mainBusiness;
        bool acceptsEntryAgreement = false;
        bool acceptsManagementRules = false;
        bool acceptsPlatformAgreement = false;
        int serviceStaffCount = 0;
        QString serviceHours;
        QString warrantyPeriod;
        QString rejectReason;
        QString overrideReason;
        qint64 submittedAtMs = 0;
        qint64 decidedAtMs = 0;
        QString decidedBy;
        QString vendorId;
        QStringList marketIds;
        QStringList marketNames;
        QList<Check> checks; ///< the checklist of its markets, ticked or not
        QList<AttachmentStore::File> files;

        int untickedCount() const;
    };

    explicit ApplicationRepository(Database& database)
        : m_database(database)
    { }

    static TableSpec tableSpec();
    std::optional<Detail> detail(const QString& id);
    /// Vendors that an applicant with this credit code or name would be (SPEC 2.5 re-entry).
    QList<ReentryRule::PastVendor> matchingVendors(const QString& creditCode, const QString& companyName);

private:
    Database& m_database;
};
