#pragma once

#include "credentialstore.h"

/// The system keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
/// QtKeychain, without its insecure plain-file fallback. The three fields are one entry.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const ReadCallback& done) override;
    void write(const MarketplaceCredentials& credentials, const WriteCallback& done) override;
    void remove(const WriteCallback& done) override;
    bool keepsAcrossSessions() const override { return true; }

    /// True after a call failed because no keyring service runs on this computer.
    bool noKeyring() const { return m_noKeyring; }

private:
    /// The error text of a finished job, empty when it succeeded; notes a missing keyring.
    QString failureOf(int error, const QString& errorString);

    bool m_noKeyring = false;
};
