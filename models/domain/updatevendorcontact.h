#pragma once

#include "commandheader.h"
#include "typedid.h"

#include <QJsonObject>
#include <QString>

/// Changes the contact person, phone and e-mail of a vendor the user was looking at in version
/// `baseVersion`.
struct UpdateVendorContact
{
    static constexpr const char* name = "vendor.update_contact";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    VendorId vendor;
    int baseVersion = 0;
    QString contactPerson;
    QString phone;
    QString email;

    QJsonObject toJson() const;
    static UpdateVendorContact fromJson(const QJsonObject& json);
};
