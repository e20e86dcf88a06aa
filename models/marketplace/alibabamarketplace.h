#pragma once

#include "marketplacecredentials.h"
#include "marketplaceprovider.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Alibaba Cloud Marketplace's vendor API (product "market", version 2015-11-01):
/// DescribeInvoiceForIsv and ModifyInvoiceForIsv over HTTPS, signed with ACS3-HMAC-SHA256 or, when
/// chosen, RPC Signature 1.0. No redirects are followed, certificates are verified, every call has
/// a transfer timeout. Logs name the action and the outcome only: never a key, a secret or
/// customer data.
class AlibabaMarketplace : public MarketplaceProvider
{
    Q_OBJECT
public:
    enum class SignatureScheme { Acs3, Rpc1 };

    struct Settings
    {
        QUrl endpoint = QUrl(QStringLiteral("https://market.aliyuncs.com/"));
        SignatureScheme scheme = SignatureScheme::Acs3;
        int timeoutMs = 20000;
    };

    static constexpr const char* apiVersion = "2015-11-01";
    static constexpr const char* providerKey = "alibaba";

    AlibabaMarketplace(const Settings& settings, const MarketplaceCredentials& credentials,
                       QObject* parent = nullptr);

    QString key() const override { return QString::fromLatin1(providerKey); }
    void fetchInvoices(const Query& query, const PageCallback& done) override;
    void pushResult(const MarketplaceService::Push& push, const PushCallback& done) override;

    /// Plain HTTP is refused except to a loopback address (a local test server).
    static bool isAllowedEndpoint(const QUrl& endpoint);

private:
    using Parameters = QMap<QString, QString>;
    using ResponseCallback
        = std::function<void(const QJsonObject& response, const std::optional<MarketplaceFailure>& failure)>;

    void call(const QByteArray& method, const QString& action, const Parameters& parameters,
              const ResponseCallback& done);
    void finish(QNetworkReply* reply, const QString& action, const ResponseCallback& done);

    Settings m_settings;
    MarketplaceCredentials m_credentials;
    QNetworkAccessManager* m_network = nullptr;
};
