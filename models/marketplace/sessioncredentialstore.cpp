#include "sessioncredentialstore.h"

void SessionCredentialStore::read(const ReadCallback& done)
{
    done(m_credentials, {});
}

void SessionCredentialStore::write(const MarketplaceCredentials& credentials, const WriteCallback& done)
{
    m_credentials = credentials;
    done({});
}

void SessionCredentialStore::remove(const WriteCallback& done)
{
    m_credentials.reset();
    done({});
}
