#pragma once

#include "credentialstore.h"

/// Keeps the credentials in memory for this session only: where no keyring service runs, the app
/// asks for the secret again each session. Tests use it in place of the keyring.
class SessionCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const ReadCallback& done) override;
    void write(const MarketplaceCredentials& credentials, const WriteCallback& done) override;
    void remove(const WriteCallback& done) override;
    bool keepsAcrossSessions() const override { return false; }

private:
    std::optional<MarketplaceCredentials> m_credentials;
};
