#pragma once

#include <QCoreApplication>
#include <QString>

/// Why a call to the marketplace did not succeed, sorted by what to do about it.
struct MarketplaceFailure
{
    Q_DECLARE_TR_FUNCTIONS(MarketplaceFailure)
public:
    enum class Kind {
        Auth, ///< wrong or disabled AccessKey, wrong secret, no permission: the user must fix the credentials
        Throttled, ///< too many calls: wait longer and try again
        Transient, ///< server error, timeout, dropped connection: try again later
        Permanent, ///< the request itself is wrong: trying again cannot help
    };

    Kind kind = Kind::Transient;
    int httpStatus = 0; ///< 0 when no response arrived
    QString code; ///< the API's Code, e.g. "Throttling.User"
    QString message; ///< the API's Message or the network's error text, untranslated
    /// True when the request may have reached the server and been carried out although no answer
    /// came back (a timeout or a connection dropped after sending): a change must be re-read
    /// before it is sent again.
    bool outcomeUnknown = false;

    /// Sorts an answer by HTTP status and the API's error Code.
    static MarketplaceFailure fromResponse(int httpStatus, const QString& code, const QString& message);
    /// A call that got no HTTP answer; `afterSending` when the request had been sent in full.
    static MarketplaceFailure fromNetwork(const QString& message, bool afterSending);

    bool isRetryable() const { return kind == Kind::Throttled || kind == Kind::Transient; }
    /// What happened and what to do, in the user's language.
    QString describe() const;
};
