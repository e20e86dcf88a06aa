#include "alibabamarketplace.h"

#include "acs3signature.h"
#include "alibabainvoicepage.h"
#include "rpcsignature.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(marketplaceLog, "marketdesk.marketplace")

namespace {

constexpr int firstRedirect = 300;
constexpr int firstClientError = 400;

QString utcStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString nonce()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

/// Whether a request that failed this way may have been received and carried out.
bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError
        || error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::ProxyTimeoutError;
}

} // namespace

AlibabaMarketplace::AlibabaMarketplace(const Settings& settings, const MarketplaceCredentials& credentials,
                                       QObject* parent)
    : MarketplaceProvider(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool AlibabaMarketplace::isAllowedEndpoint(const QUrl& endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return false;
    if (endpoint.scheme() == QStringLiteral("https"))
        return true;
    return endpoint.scheme() == QStringLiteral("http") && QHostAddress(endpoint.host()).isLoopback();
}

void AlibabaMarketplace::fetchInvoices(const Query& query, const PageCallback& done)
{
    Parameters parameters {{QStringLiteral("PageIndex"), QString::number(query.pageIndex)},
                           {QStringLiteral("PageSize"), QString::number(query.pageSize)}};
    if (query.pendingOnly)
        parameters.insert(QStringLiteral("Status"), QStringLiteral("0"));
    if (query.createdFrom.isValid())
        parameters.insert(QStringLiteral("CreateTimeStart"),
                          AlibabaInvoicePage::formatTime(query.createdFrom));
    if (query.createdTo.isValid())
        parameters.insert(QStringLiteral("CreateTimeEnd"), AlibabaInvoicePage::formatTime(query.createdTo));
    if (!query.marketplaceId.isEmpty())
        parameters.insert(QStringLiteral("InvoiceId"), query.marketplaceId);
    call("GET", QStringLiteral("DescribeInvoiceForIsv"), parameters,
         [done](const QJsonObject& response, const std::optional<MarketplaceFailure>& failure) {
             if (failure) {
                 done({}, failure);
                 return;
             }
             const AlibabaInvoicePage parsed = AlibabaInvoicePage::parse(response);
             done(Page {parsed.count, parsed.invoices, parsed.problems}, std::nullopt);
         });
}

void AlibabaMarketplace::pushResult(const MarketplaceService::Push& push, const PushCallback& done)
{
    Parameters parameters {
        {QStringLiteral("InvoiceId"), push.marketplaceId},
        {QStringLiteral("OperateType"), push.reject ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("Type"), QString::number(push.marketplaceType)}};
    if (!push.invoiceNo.isEmpty())
        parameters.insert(QStringLiteral("Number"), push.invoiceNo);
    if (!push.checkNotice.isEmpty())
        parameters.insert(QStringLiteral("CheckNotice"), push.checkNotice);
    call("POST", QStringLiteral("ModifyInvoiceForIsv"), parameters,
         [done](const QJsonObject&, const std::optional<MarketplaceFailure>& failure) { done(failure); });
}

void AlibabaMarketplace::call(const QByteArray& method, const QString& action, const Parameters& parameters,
                              const ResponseCallback& done)
{
    if (!isAllowedEndpoint(m_settings.endpoint)) {
        done({},
             MarketplaceFailure::fromResponse(
                 0, QStringLiteral("InsecureEndpoint"),
                 QStringLiteral("%1 is not an https:// address").arg(m_settings.endpoint.toString())));
        return;
    }
    QUrl url = m_settings.endpoint;
    url.setPath(QStringLiteral("/"));
    QNetworkRequest request;
    QByteArray body;
    if (m_settings.scheme == SignatureScheme::Acs3) {
        Acs3Signature signing;
        signing.method = method;
        if (method == "GET")
            signing.query = parameters;
        else
            body = RpcSignature::canonicalQuery(parameters);
        signing.body = body;
        signing.headers.insert(
            "host",
            (url.port() == -1 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port()))
                .toUtf8());
        signing.headers.insert("x-acs-action", action.toUtf8());
        signing.headers.insert("x-acs-version", apiVersion);
        signing.headers.insert("x-acs-date", utcStamp().toUtf8());
        signing.headers.insert("x-acs-signature-nonce", nonce().toUtf8());
        signing.headers.insert("x-acs-content-sha256", Acs3Signature::hexSha256(body));
        if (!body.isEmpty())
            signing.headers.insert("content-type", "application/x-www-form-urlencoded");
        if (!m_credentials.securityToken.isEmpty())
            signing.headers.insert("x-acs-security-token", m_credentials.securityToken.toUtf8());
        if (!signing.query.isEmpty())
            url.setQuery(QString::fromLatin1(RpcSignature::canonicalQuery(signing.query)));
        request.setUrl(url);
        for (auto it = signing.headers.cbegin(); it != signing.headers.cend(); ++it) {
            if (it.key() != "host")
                request.setRawHeader(it.key(), it.value());
        }
        request.setRawHeader(
            "Authorization",
            signing.authorization(m_credentials.accessKeyId.trimmed(), m_credentials.accessKeySecret));
    } else {
        Parameters signedParameters = parameters;
        signedParameters.insert(QStringLiteral("Action"), action);
        signedParameters.insert(QStringLiteral("Version"), QString::fromLatin1(apiVersion));
        signedParameters.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
        signedParameters.insert(QStringLiteral("AccessKeyId"), m_credentials.accessKeyId.trimmed());
        signedParameters.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
        signedParameters.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
        signedParameters.insert(QStringLiteral("SignatureNonce"), nonce());
        signedParameters.insert(QStringLiteral("Timestamp"), utcStamp());
        if (!m_credentials.securityToken.isEmpty())
            signedParameters.insert(QStringLiteral("SecurityToken"), m_credentials.securityToken);
        signedParameters.insert(QStringLiteral("Signature"),
                                RpcSignature::sign(method, signedParameters, m_credentials.accessKeySecret));
        const QByteArray encoded = RpcSignature::canonicalQuery(signedParameters);
        if (method == "GET")
            url.setQuery(QString::fromLatin1(encoded));
        else
            body = encoded;
        request.setUrl(url);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    }
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QStringLiteral("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = method == "GET" ? m_network->get(request) : m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, action, done] { finish(reply, action, done); });
}

void AlibabaMarketplace::finish(QNetworkReply* reply, const QString& action, const ResponseCallback& done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        qCInfo(marketplaceLog) << action << "no response:" << reply->error();
        done({}, MarketplaceFailure::fromNetwork(reply->errorString(), mayHaveArrived(reply->error())));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    const QString code = json.value(QStringLiteral("Code")).toString();
    qCInfo(marketplaceLog) << action << "HTTP" << status << code
                           << json.value(QStringLiteral("RequestId")).toString();
    if (status >= firstRedirect && status < firstClientError) {
        done({},
             MarketplaceFailure::fromResponse(
                 status, QStringLiteral("Redirect"),
                 QStringLiteral("redirect to %1 not followed")
                     .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString())));
        return;
    }
    if (status >= firstClientError
        || (json.contains(QStringLiteral("Success")) && !json.value(QStringLiteral("Success")).toBool())) {
        done(
            {},
            MarketplaceFailure::fromResponse(status, code, json.value(QStringLiteral("Message")).toString()));
        return;
    }
    if (json.isEmpty()) {
        done({},
             MarketplaceFailure::fromResponse(status, QStringLiteral("InvalidResponse"),
                                              QStringLiteral("the answer is not a JSON object")));
        return;
    }
    done(json, std::nullopt);
}
