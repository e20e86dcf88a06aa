#include "keychaincredentialstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("MarketDesk marketplace");
const QString entryKey = QStringLiteral("alibaba-cloud-marketplace");

/// On Linux and the BSDs every keyring QtKeychain knows (Secret Service, KWallet) is a service on
/// the D-Bus session bus. Without one QtKeychain reports only "Unknown error" (OtherError).
bool sessionBusMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return false;
#endif
}

} // namespace

QString KeychainCredentialStore::failureOf(int error, const QString& errorString)
{
    const bool noBus = error == QKeychain::OtherError && sessionBusMissing();
    m_noKeyring = noBus || error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
    if (error == QKeychain::NoError)
        return {};
    if (m_noKeyring)
        return tr("No keyring service runs on this computer (%1).")
            .arg(noBus ? tr("no D-Bus session bus") : errorString);
    return tr("The keyring refused: %1").arg(errorString);
}

void KeychainCredentialStore::read(const ReadCallback& done)
{
    auto* job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(entryKey);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job*) {
        if (job->error() == QKeychain::EntryNotFound) {
            m_noKeyring = false;
            done(std::nullopt, {});
            return;
        }
        if (const QString failure = failureOf(job->error(), job->errorString()); !failure.isEmpty()) {
            done(std::nullopt, failure);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(job->binaryData()).object();
        done(MarketplaceCredentials {json.value(QStringLiteral("id")).toString(),
                                     json.value(QStringLiteral("secret")).toString(),
                                     json.value(QStringLiteral("token")).toString()},
             {});
    });
    job->start();
}

void KeychainCredentialStore::write(const MarketplaceCredentials& credentials, const WriteCallback& done)
{
    auto* job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(entryKey);
    job->setBinaryData(QJsonDocument(QJsonObject {{QStringLiteral("id"), credentials.accessKeyId.trimmed()},
                                                  {QStringLiteral("secret"), credentials.accessKeySecret},
                                                  {QStringLiteral("token"), credentials.securityToken}})
                           .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this,
            [this, job, done](QKeychain::Job*) { done(failureOf(job->error(), job->errorString())); });
    job->start();
}

void KeychainCredentialStore::remove(const WriteCallback& done)
{
    auto* job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(entryKey);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job*) {
        done(job->error() == QKeychain::EntryNotFound ? QString()
                                                      : failureOf(job->error(), job->errorString()));
    });
    job->start();
}
