#pragma once

#include <QString>

/// The AccessKey of a RAM sub-account that may call the marketplace's vendor API, with an optional
/// STS token. Never written to the database or the settings file.
struct MarketplaceCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; ///< empty unless temporary STS credentials are used

    bool isComplete() const { return !accessKeyId.trimmed().isEmpty() && !accessKeySecret.isEmpty(); }
};
