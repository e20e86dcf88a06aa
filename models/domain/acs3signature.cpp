#include "acs3signature.h"

#include "rpcsignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

QByteArray Acs3Signature::hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray Acs3Signature::signedHeaders() const
{
    return headers.keys().join(';');
}

QByteArray Acs3Signature::canonicalRequest() const
{
    QByteArray canonicalHeaders;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        canonicalHeaders += it.key() + ':' + it.value().trimmed() + '\n';
    // The path keeps its slashes; each segment is encoded like a query value.
    QByteArray encodedPath = RpcSignature::percentEncode(path).replace("%2F", "/");
    return method + '\n' + encodedPath + '\n' + RpcSignature::canonicalQuery(query) + '\n' + canonicalHeaders
        + '\n' + signedHeaders() + '\n' + hexSha256(body);
}

QByteArray Acs3Signature::signature(const QString& secret) const
{
    const QByteArray stringToSign = QByteArray(algorithm) + '\n' + hexSha256(canonicalRequest());
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray Acs3Signature::authorization(const QString& accessKeyId, const QString& secret) const
{
    return QByteArray(algorithm) + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + signedHeaders()
        + ",Signature=" + signature(secret);
}
