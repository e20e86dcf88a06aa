#include "marketplacefailure.h"

#include <QStringList>

#include <algorithm>

namespace {

constexpr int firstServerError = 500;
constexpr int unauthorized = 401;
constexpr int forbidden = 403;

bool isAuthCode(const QString& code)
{
    static const QStringList prefixes {
        QStringLiteral("InvalidAccessKeyId"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("IncompleteSignature"),
        QStringLiteral("InvalidSecurityToken"),
        QStringLiteral("Forbidden"),
        QStringLiteral("NoPermission"),
        QStringLiteral("InvalidAccessKeySecret"),
    };
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&code](const QString& prefix) { return code.startsWith(prefix); });
}

} // namespace

MarketplaceFailure MarketplaceFailure::fromResponse(int httpStatus, const QString& code,
                                                    const QString& message)
{
    MarketplaceFailure failure;
    failure.httpStatus = httpStatus;
    failure.code = code;
    failure.message = message;
    if (code.startsWith(QStringLiteral("Throttling")) || code == QStringLiteral("Service.Flow.Control")
        || httpStatus == 429)
        failure.kind = Kind::Throttled;
    else if (isAuthCode(code) || httpStatus == unauthorized || httpStatus == forbidden)
        failure.kind = Kind::Auth;
    else if (httpStatus >= firstServerError || code == QStringLiteral("ServiceUnavailable")
             || code == QStringLiteral("InternalError"))
        failure.kind = Kind::Transient;
    else
        failure.kind = Kind::Permanent;
    return failure;
}

MarketplaceFailure MarketplaceFailure::fromNetwork(const QString& message, bool afterSending)
{
    MarketplaceFailure failure;
    failure.kind = Kind::Transient;
    failure.message = message;
    failure.outcomeUnknown = afterSending;
    return failure;
}

QString MarketplaceFailure::describe() const
{
    const QString detail = code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
    switch (kind) {
    case Kind::Auth:
        return tr("The marketplace refused the AccessKey (%1). Check the AccessKey ID, the secret and the "
                  "sub-account's permissions in Settings.")
            .arg(detail);
    case Kind::Throttled:
        return tr("The marketplace asks to slow down (%1). MarketDesk tries again in a moment.").arg(detail);
    case Kind::Transient:
        return httpStatus == 0
            ? tr("The marketplace could not be reached (%1). MarketDesk tries again later.").arg(detail)
            : tr("The marketplace had a problem (HTTP %1, %2). MarketDesk tries again later.")
                  .arg(httpStatus)
                  .arg(detail);
    case Kind::Permanent:
        break;
    }
    return tr("The marketplace rejected the call (HTTP %1, %2).").arg(httpStatus).arg(detail);
}
