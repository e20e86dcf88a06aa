#pragma once

#include "marketplacecredentials.h"

#include <QObject>

#include <functional>
#include <optional>

/// Where the marketplace credentials are kept. Calls are asynchronous (a keyring may ask the user);
/// callbacks run on the caller's thread.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// `error` translated and empty on success; no credentials and no error when none are stored.
    using ReadCallback
        = std::function<void(const std::optional<MarketplaceCredentials>& credentials, const QString& error)>;
    using WriteCallback = std::function<void(const QString& error)>;

    using QObject::QObject;

    virtual void read(const ReadCallback& done) = 0;
    virtual void write(const MarketplaceCredentials& credentials, const WriteCallback& done) = 0;
    virtual void remove(const WriteCallback& done) = 0;
    /// False when what is written is forgotten when the app ends.
    virtual bool keepsAcrossSessions() const = 0;
};
